#!/usr/bin/env python3
"""Records Terraform's own values for the evaluation conformance suite (see README.md beside this script).

For every configuration under cases/ it runs, in a scratch copy of the folder,

    terraform init && terraform plan -out p && terraform show -json p

and writes the folder's expected.json: for each root output, the `after`, `after_unknown` and `after_sensitive`
of `output_changes` exactly as Terraform wrote them (numbers keep their text). A folder whose name ends in
`-errors` holds expressions that Terraform rejects: each of its outputs is planned alone and recorded as
{"error": summary}. It also records `terraform metadata functions -json` as functions.json.

Usage: python3 testdata/eval/record.py [--check] [CASE...]
  CASE     folder names under cases/ (default: all)
  --check  list, without recording, the outputs that make a configuration's plan fail
Needs terraform on PATH; runs offline (only terraform_data, variables, locals, outputs and local modules).
"""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
ENV = dict(os.environ, TF_CLI_CONFIG_FILE='/dev/null', TF_IN_AUTOMATION='1', CHECKPOINT_DISABLE='1')
OUTPUT_BLOCK = re.compile(r'^output "([A-Za-z0-9_-]+)" \{\n.*?^\}\n', re.S | re.M)


class Raw(str):
    """A JSON number kept as Terraform wrote it."""


def load(text):
    return json.loads(text, parse_float=Raw, parse_int=Raw)


def dump(v):
    """Compact JSON with numbers as written and keys in Terraform's order."""
    if isinstance(v, Raw):
        return str(v)
    if v is None or isinstance(v, (bool, str)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return '[' + ', '.join(dump(x) for x in v) + ']'
    return '{' + ', '.join(json.dumps(k, ensure_ascii=False) + ': ' + dump(x) for k, x in v.items()) + '}'


def run(args, cwd):
    return subprocess.run(['terraform'] + args, cwd=cwd, env=ENV, capture_output=True, text=True)


def plan(folder, keep_only=None):
    """Plans a copy of folder; keep_only names the one output of main.tf to keep. Returns (changes, diagnostics)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, os.path.basename(folder))
        shutil.copytree(folder, work, ignore=shutil.ignore_patterns('expected.json', '.terraform*'))
        if keep_only is not None:
            main = os.path.join(work, 'main.tf')
            text = open(main, encoding='utf-8').read()
            kept = [m.group(0) for m in OUTPUT_BLOCK.finditer(text) if m.group(1) == keep_only]
            open(main, 'w', encoding='utf-8').write(''.join(kept))
        init = run(['init', '-input=false', '-no-color', '-backend=false'], work)
        if init.returncode != 0:
            return None, [{'summary': 'init failed', 'detail': init.stdout + init.stderr}]
        p = run(['plan', '-input=false', '-no-color', '-json', '-out', 'p'], work)
        diags = []
        for line in p.stdout.splitlines():
            try:
                msg = json.loads(line)
            except ValueError:
                continue
            if msg.get('type') == 'diagnostic' and msg['diagnostic'].get('severity') == 'error':
                diags.append(msg['diagnostic'])
        if p.returncode != 0:
            return None, diags or [{'summary': 'plan failed', 'detail': p.stderr}]
        show = run(['show', '-json', 'p'], work)
        return load(show.stdout).get('output_changes', {}), []


def failing_outputs(folder, diags):
    """The outputs of main.tf that the diagnostics point into."""
    text = open(os.path.join(folder, 'main.tf'), encoding='utf-8').read()
    spans = []
    for m in OUTPUT_BLOCK.finditer(text):
        start = text.count('\n', 0, m.start()) + 1
        spans.append((start, start + m.group(0).count('\n') - 1, m.group(1)))
    names = []
    for d in diags:
        r = d.get('range') or {}
        line = (r.get('start') or {}).get('line')
        if r.get('filename') != 'main.tf' or line is None:
            names.append('? ' + d.get('summary', '') + ': ' + d.get('detail', ''))
            continue
        names += [n for (a, b, n) in spans if a <= line <= b and n not in names]
    return names


def record(name, check):
    folder = os.path.join(CASES, name)
    if name.endswith('-errors'):
        text = open(os.path.join(folder, 'main.tf'), encoding='utf-8').read()
        result = {}
        for m in OUTPUT_BLOCK.finditer(text):
            changes, diags = plan(folder, keep_only=m.group(1))
            if diags:
                result[m.group(1)] = {'error': diags[0].get('summary', '')}
            else:
                result[m.group(1)] = {'unexpected_success': project(changes.get(m.group(1)))}
        return name, result, []
    changes, diags = plan(folder)
    if diags:
        return name, None, failing_outputs(folder, diags)
    return name, {k: project(v) for k, v in changes.items()}, []


def project(change):
    if change is None:
        return None
    out = {}
    if 'after' in change:
        out['after'] = change['after']
    out['after_unknown'] = change.get('after_unknown', False)
    out['after_sensitive'] = change.get('after_sensitive', False)
    return out


def write(name, outputs, version):
    lines = ['{', '  "terraform_version": ' + json.dumps(version) + ',', '  "output_changes": {']
    items = list(outputs.items())
    for i, (k, v) in enumerate(items):
        lines.append('    ' + json.dumps(k) + ': ' + dump(v) + (',' if i + 1 < len(items) else ''))
    lines += ['  }', '}']
    with open(os.path.join(CASES, name, 'expected.json'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def main(argv):
    check = '--check' in argv
    names = [a for a in argv if not a.startswith('--')] or sorted(
        d for d in os.listdir(CASES) if os.path.isdir(os.path.join(CASES, d)))
    version = json.loads(run(['version', '-json'], HERE).stdout)['terraform_version']
    if not check:
        functions = run(['metadata', 'functions', '-json'], HERE).stdout
        with open(os.path.join(HERE, 'functions.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(json.loads(functions), indent=1, sort_keys=True) + '\n')
    failed = False
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, outputs, failing in pool.map(lambda n: record(n, check), names):
            if failing:
                failed = True
                print(f'{name}: plan fails in: ' + ' '.join(failing))
                continue
            if not check:
                write(name, outputs, version)
            print(f'{name}: {len(outputs)} outputs' + ('' if check else ' recorded'))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
