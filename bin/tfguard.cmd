@echo off
rem tfguard launcher for Windows (cmd.exe): runs tfguard.jar with the same environment variables as bin/tfguard
rem and the same arguments. TFGUARD_JAR (the jar; else ..\lib\tfguard\tfguard.jar or ..\target\tfguard.jar beside
rem this file), TFGUARD_JAVA (java.exe; else %JAVA_HOME%\bin\java.exe, else java on PATH), TFGUARD_JAVA_OPTS
rem (extra JVM options). No class-data archive here: TFGUARD_CACHE and TFGUARD_NO_ARCHIVE have nothing to do.
rem Its own failures (no jar, no Java, a Java older than 17) exit 4, never 0 or 1.
setlocal EnableExtensions DisableDelayedExpansion

set "TFG_HERE=%~dp0"
set "TFG_JAR=%TFGUARD_JAR%"
if not defined TFG_JAR if exist "%TFG_HERE%..\lib\tfguard\tfguard.jar" set "TFG_JAR=%TFG_HERE%..\lib\tfguard\tfguard.jar"
if not defined TFG_JAR if exist "%TFG_HERE%..\target\tfguard.jar" set "TFG_JAR=%TFG_HERE%..\target\tfguard.jar"
if not defined TFG_JAR if exist "%TFG_HERE%tfguard.jar" set "TFG_JAR=%TFG_HERE%tfguard.jar"
if not defined TFG_JAR goto nojar
if not exist "%TFG_JAR%" goto nojar

set "TFG_JAVA=%TFGUARD_JAVA%"
if not defined TFG_JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "TFG_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined TFG_JAVA for %%j in (java.exe) do set "TFG_JAVA=%%~$PATH:j"
if not defined TFG_JAVA goto nojava

rem The Java version, from "java -version" (its first line: openjdk version "17.0.9" ...; Java 8: "1.8.0_392")
set "TFG_VERSION="
for /f "tokens=3" %%v in ('""%TFG_JAVA%" -version 2^>^&1 ^| findstr /i /c:"version""') do if not defined TFG_VERSION set "TFG_VERSION=%%~v"
if not defined TFG_VERSION goto nojava
set "TFG_MAJOR="
for /f "tokens=1,2 delims=.-+_" %%a in ("%TFG_VERSION%") do (
    set "TFG_MAJOR=%%a"
    if "%%a"=="1" set "TFG_MAJOR=%%b"
)
if not defined TFG_MAJOR goto nojava
if %TFG_MAJOR% LSS 17 goto oldjava

"%TFG_JAVA%" -XX:-UsePerfData -XX:TieredStopAtLevel=1 %TFGUARD_JAVA_OPTS% -cp "%TFG_JAR%" dev.tfguard.cli.Main %*
exit /b %ERRORLEVEL%

:nojar
echo tfguard: cannot find tfguard.jar (looked in %TFG_HERE%..\lib\tfguard and %TFG_HERE%..\target; set TFGUARD_JAR) 1>&2
exit /b 4

:nojava
echo tfguard: needs Java 17 or later, and cannot run %TFG_JAVA%: install a JDK or JRE 17 or later (https://adoptium.net, winget install EclipseAdoptium.Temurin.17.JRE) and set JAVA_HOME or TFGUARD_JAVA to it 1>&2
exit /b 4

:oldjava
echo tfguard: needs Java 17 or later, but %TFG_JAVA% is Java %TFG_VERSION%: install a JDK or JRE 17 or later (https://adoptium.net, winget install EclipseAdoptium.Temurin.17.JRE) and set JAVA_HOME or TFGUARD_JAVA to it 1>&2
exit /b 4
