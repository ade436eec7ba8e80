output "alltrue_01" {
  value = alltrue(["true", true])
}

output "alltrue_02" {
  value = alltrue([true, false])
}

output "alltrue_03" {
  value = alltrue([])
}

output "alltrue_04" {
  value = alltrue([local.ub, false])
}

output "alltrue_05" {
  value = alltrue([local.ub, true])
}

output "alltrue_06" {
  value = alltrue(local.ul2)
}

output "alltrue_07" {
  value = alltrue(toset([true]))
}

output "alltrue_08" {
  value = alltrue(["false"])
}

output "anytrue_01" {
  value = anytrue(["true", false])
}

output "anytrue_02" {
  value = anytrue([false])
}

output "anytrue_03" {
  value = anytrue([])
}

output "anytrue_04" {
  value = anytrue([local.ub, true])
}

output "anytrue_05" {
  value = anytrue([local.ub, false])
}

output "anytrue_06" {
  value = anytrue(toset([false, true]))
}

output "anytrue_07" {
  value = anytrue([false, "true"])
}

output "chunklist_01" {
  value = chunklist(["a", "b", "c", "d", "e"], 2)
}

output "chunklist_02" {
  value = chunklist(["a", "b", "c", "d", "e"], 1)
}

output "chunklist_03" {
  value = chunklist(["a", "b"], 0)
}

output "chunklist_04" {
  value = chunklist([], 3)
}

output "chunklist_05" {
  value = chunklist(["a", "b"], 5)
}

output "chunklist_06" {
  value = chunklist([1, 2, 3, 4], 2)
}

output "chunklist_07" {
  value = chunklist(local.ul, 1)
}

output "chunklist_08" {
  value = chunklist(["a", local.us, "c"], 2)
}

output "chunklist_09" {
  value = chunklist(["a", "b", "c"], local.un)
}

output "chunklist_10" {
  value = chunklist(tolist(toset(["b", "a"])), 1)
}

output "coalesce_01" {
  value = coalesce("a", "b")
}

output "coalesce_02" {
  value = coalesce("", "b")
}

output "coalesce_03" {
  value = coalesce(1, 2)
}

output "coalesce_04" {
  value = coalesce(null, "x")
}

output "coalesce_05" {
  value = coalesce(null, "", "c")
}

output "coalesce_06" {
  value = coalesce(1, "two")
}

output "coalesce_07" {
  value = coalesce(local.us, "b")
}

output "coalesce_08" {
  value = coalesce("a", local.us)
}

output "coalesce_09" {
  value = coalesce("", local.us)
}

output "coalesce_10" {
  value = coalesce(null, 0)
}

output "coalesce_11" {
  value = coalesce(false, true)
}

output "coalesce_12" {
  value = coalesce(["a"], ["b"])
}

output "coalesce_13" {
  value = coalesce({ a = 1 }, null)
}

output "coalesce_14" {
  value = coalesce(null, null, "z")
}

output "coalesce_15" {
  value = coalesce("é")
}

output "coalescelist_01" {
  value = coalescelist(["a", "b"], ["c", "d"])
}

output "coalescelist_02" {
  value = coalescelist([], ["c", "d"])
}

output "coalescelist_04" {
  value = coalescelist([[], []], [])
}

output "coalescelist_05" {
  value = coalescelist(local.ul, ["x"])
}

output "coalescelist_06" {
  value = coalescelist([], local.ul)
}

output "coalescelist_07" {
  value = coalescelist(["a"], local.ul)
}

output "coalescelist_08" {
  value = coalescelist([], [1, 2])
}

output "coalescelist_09" {
  value = coalescelist(tolist([]), ["z"])
}

output "compact_01" {
  value = compact(["a", "", "b", null, "c"])
}

output "compact_02" {
  value = compact([])
}

output "compact_03" {
  value = compact(["", null])
}

output "compact_04" {
  value = compact(["a"])
}

output "compact_05" {
  value = compact([1, "", 2])
}

output "compact_06" {
  value = compact(local.ul)
}

output "compact_07" {
  value = compact(["a", local.us, ""])
}

output "compact_08" {
  value = compact(toset(["", "x"]))
}

output "compact_09" {
  value = compact(["é", ""])
}

output "concat_01" {
  value = concat(["a", ""], ["b", "c"])
}

output "concat_02" {
  value = concat([], [])
}

output "concat_03" {
  value = concat(["a"])
}

output "concat_04" {
  value = concat([1], ["a"], [true])
}

output "concat_05" {
  value = concat([[1]], [[2, 3]])
}

output "concat_06" {
  value = concat(local.ul, ["c"])
}

output "concat_07" {
  value = concat(["a", local.us], ["c"])
}

output "concat_08" {
  value = concat([null], [1])
}

output "concat_09" {
  value = concat(tolist(["a"]), ["b"])
}

output "contains_01" {
  value = contains(["a", "b", "c"], "a")
}

output "contains_02" {
  value = contains(["a", "b", "c"], "d")
}

output "contains_03" {
  value = contains([], "a")
}

output "contains_04" {
  value = contains([1, 2], 1)
}

output "contains_05" {
  value = contains([1, 2], "1")
}

output "contains_06" {
  value = contains(["1"], 1)
}

output "contains_07" {
  value = contains(local.ul, "a")
}

output "contains_08" {
  value = contains(["a", local.us], "a")
}

output "contains_09" {
  value = contains(["a", local.us], "z")
}

output "contains_10" {
  value = contains(["a"], local.us)
}

output "contains_11" {
  value = contains(toset(["x"]), "x")
}

output "contains_12" {
  value = contains([[1]], [1])
}

output "contains_13" {
  value = contains([{ a = 1 }], { a = 1 })
}

output "distinct_01" {
  value = distinct(["a", "b", "a", "c", "d", "b"])
}

output "distinct_02" {
  value = distinct([])
}

output "distinct_03" {
  value = distinct([1, 1, 2])
}

output "distinct_04" {
  value = distinct(["1", 1])
}

output "distinct_05" {
  value = distinct([[1], [1], [2]])
}

output "distinct_06" {
  value = distinct(local.ul)
}

output "distinct_07" {
  value = distinct(["a", local.us, "a"])
}

output "distinct_08" {
  value = distinct([null, null])
}

output "distinct_09" {
  value = distinct(["é", "e", "é"])
}

output "element_01" {
  value = element(["a", "b", "c"], 1)
}

output "element_02" {
  value = element(["a", "b", "c"], 3)
}

output "element_03" {
  value = element(["a", "b", "c"], 7)
}

output "element_04" {
  value = element(["a", "b", "c"], length(["a", "b", "c"]) - 1)
}

output "element_05" {
  value = element(["a"], 0)
}

output "element_06" {
  value = element(local.ul, 0)
}

output "element_07" {
  value = element(["a", local.us], 0)
}

output "element_08" {
  value = element(["a", local.us], 1)
}

output "element_09" {
  value = element(["a", "b"], local.un)
}

output "element_10" {
  value = element([1, 2], "1")
}

output "element_11" {
  value = element(["a", "b", "c"], 2.0)
}

output "flatten_01" {
  value = flatten([["a", "b"], [], ["c"]])
}

output "flatten_02" {
  value = flatten([[["a", "b"], []], ["c"]])
}

output "flatten_03" {
  value = flatten([])
}

output "flatten_04" {
  value = flatten([[], []])
}

output "flatten_05" {
  value = flatten(["a", ["b"]])
}

output "flatten_06" {
  value = flatten([[1, 2], [3]])
}

output "flatten_07" {
  value = flatten([local.ul, ["c"]])
}

output "flatten_08" {
  value = flatten([["a"], [local.us]])
}

output "flatten_09" {
  value = flatten(local.ul)
}

output "flatten_10" {
  value = flatten([toset(["b", "a"]), ["c"]])
}

output "flatten_11" {
  value = flatten([null, ["a"]])
}

output "flatten_12" {
  value = flatten([[[[1]]]])
}

output "index_01" {
  value = index(["a", "b", "c"], "b")
}

output "index_02" {
  value = index(["a", "b", "c"], "a")
}

output "index_03" {
  value = index([1, 2, 3], 3)
}

output "index_04" {
  value = index(["a", "b", "b"], "b")
}

output "index_05" {
  value = index(local.ul, "a")
}

output "index_06" {
  value = index(["a", local.us], "a")
}

output "index_07" {
  value = index(["a", "b"], local.us)
}

output "index_08" {
  value = index([[1], [2]], [2])
}

output "index_09" {
  value = index(["é"], "é")
}

output "keys_01" {
  value = keys({ a = 1, c = 2, d = 3 })
}

output "keys_02" {
  value = keys({})
}

output "keys_03" {
  value = keys({ b = 1, a = 2, B = 3 })
}

output "keys_04" {
  value = keys(local.um)
}

output "keys_05" {
  value = keys({ a = local.us })
}

output "keys_06" {
  value = keys(tomap({ x = 1 }))
}

output "keys_07" {
  value = keys({ "é" = 1, "e" = 2 })
}

output "keys_08" {
  value = keys({ "10" = 1, "9" = 2 })
}

output "keys_09" {
  value = keys({ a = 1, b = "x" })
}

output "values_01" {
  value = values({ a = 3, c = 2, d = 1 })
}

output "values_02" {
  value = values({})
}

output "values_03" {
  value = values({ b = "x", a = "y" })
}

output "values_04" {
  value = values(local.um)
}

output "values_05" {
  value = values({ a = local.us, b = "c" })
}

output "values_06" {
  value = values({ a = 1, b = "x" })
}

output "values_07" {
  value = values(tomap({ z = 1, y = 2 }))
}

output "length_01" {
  value = length([])
}

output "length_02" {
  value = length(["a", "b"])
}

output "length_03" {
  value = length({ "a" = "b" })
}

output "length_04" {
  value = length("hello")
}

output "length_05" {
  value = length("")
}

output "length_06" {
  value = length("👾🕹️")
}

output "length_07" {
  value = length("héllo")
}

output "length_08" {
  value = length("é")
}

output "length_09" {
  value = length(local.us)
}

output "length_10" {
  value = length(local.ul)
}

output "length_11" {
  value = length(["a", local.us])
}

output "length_12" {
  value = length({ a = local.us })
}

output "length_13" {
  value = length(toset(["a", "a", "b"]))
}

output "length_16" {
  value = length([[1, 2]])
}

output "lookup_01" {
  value = lookup({ a = "ay", b = "bee" }, "a", "what?")
}

output "lookup_02" {
  value = lookup({ a = "ay", b = "bee" }, "c", "what?")
}

output "lookup_03" {
  value = lookup({}, "a", "d")
}

output "lookup_04" {
  value = lookup({ a = 1 }, "a", "str")
}

output "lookup_05" {
  value = lookup(local.um, "a", "d")
}

output "lookup_06" {
  value = lookup({ a = local.us }, "a", "d")
}

output "lookup_07" {
  value = lookup({ a = "x" }, local.us, "d")
}

output "lookup_08" {
  value = lookup({ a = "x" }, "a", local.us)
}

output "lookup_09" {
  value = lookup({ a = "x" }, "b", local.us)
}

output "lookup_10" {
  value = lookup({ a = { b = 1 } }, "a", {})
}

output "lookup_11" {
  value = lookup({ a = "x" }, "a")
}

output "matchkeys_01" {
  value = matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])
}

output "matchkeys_02" {
  value = matchkeys(["a", "b"], ["x", "y"], [])
}

output "matchkeys_03" {
  value = matchkeys([], [], ["x"])
}

output "matchkeys_04" {
  value = matchkeys([1, 2, 3], ["x", "y", "x"], ["x"])
}

output "matchkeys_05" {
  value = matchkeys(["a", "b"], [1, 2], [2])
}

output "matchkeys_06" {
  value = matchkeys(local.ul, ["x", "y"], ["x"])
}

output "matchkeys_07" {
  value = matchkeys(["a", "b"], ["x", local.us], ["x"])
}

output "matchkeys_08" {
  value = matchkeys(["a", "b"], ["x", "y"], [local.us])
}

output "matchkeys_09" {
  value = matchkeys(["a", "b", "c"], ["x", "y", "z"], ["z", "x"])
}

output "merge_01" {
  value = merge({ a = "b", c = "d" }, { e = "f", c = "z" })
}

output "merge_02" {
  value = merge({ a = "b" }, { e = "f" })
}

output "merge_03" {
  value = merge()
}

output "merge_04" {
  value = merge({})
}

output "merge_05" {
  value = merge({ a = 1 }, null)
}

output "merge_06" {
  value = merge(null)
}

output "merge_07" {
  value = merge({ a = 1 }, { a = "x" })
}

output "merge_08" {
  value = merge({ a = { b = 1 } }, { a = { c = 2 } })
}

output "merge_09" {
  value = merge(local.um, { b = 1 })
}

output "merge_10" {
  value = merge({ a = local.us }, { b = 1 })
}

output "merge_11" {
  value = merge({ a = local.us }, { a = 1 })
}

output "merge_12" {
  value = merge(tomap({ a = "x" }), tomap({ b = "y" }))
}

output "merge_13" {
  value = merge(tomap({ a = "x" }), { b = 1 })
}

output "merge_14" {
  value = merge({ "é" = 1 }, { e = 2 })
}

output "merge_15" {
  value = merge({ a = null }, { b = null })
}

output "one_01" {
  value = one([])
}

output "one_02" {
  value = one(["hello"])
}

output "one_03" {
  value = one(toset([]))
}

output "one_04" {
  value = one(toset(["a", "a"]))
}

output "one_06" {
  value = one([local.us])
}

output "one_07" {
  value = one(tolist([]))
}

output "one_08" {
  value = one([null])
}

output "one_09" {
  value = one([{ a = 1 }])
}

output "one_10" {
  value = one(tolist(toset([])))
}

output "range_01" {
  value = range(3)
}

output "range_02" {
  value = range(1, 4)
}

output "range_03" {
  value = range(1, 8, 2)
}

output "range_04" {
  value = range(1, 4, 0.5)
}

output "range_05" {
  value = range(4, 1)
}

output "range_06" {
  value = range(10, 5, -2)
}

output "range_07" {
  value = range(0)
}

output "range_08" {
  value = range(-3)
}

output "range_09" {
  value = range(1, 1)
}

output "range_10" {
  value = range(local.un)
}

output "range_11" {
  value = range(0, 1, 0.25)
}

output "range_12" {
  value = range(2.5)
}

output "range_13" {
  value = length(range(1000))
}

output "reverse_01" {
  value = reverse([1, 2, 3])
}

output "reverse_02" {
  value = reverse([])
}

output "reverse_03" {
  value = reverse(["a"])
}

output "reverse_04" {
  value = reverse(["a", 1, true])
}

output "reverse_05" {
  value = reverse(local.ul)
}

output "reverse_06" {
  value = reverse(["a", local.us])
}

output "reverse_07" {
  value = reverse(toset(["b", "a", "c"]))
}

output "reverse_08" {
  value = reverse([[1], [2]])
}

output "setintersection_01" {
  value = setintersection(["a", "b"], ["b", "c"], ["b", "d"])
}

output "setintersection_02" {
  value = setintersection(["a"], [])
}

output "setintersection_03" {
  value = setintersection([1, 2], [2, 3])
}

output "setintersection_04" {
  value = setintersection(["a", "a"], ["a"])
}

output "setintersection_05" {
  value = setintersection(local.ul, ["a"])
}

output "setintersection_06" {
  value = setintersection(["a", local.us], ["a"])
}

output "setintersection_07" {
  value = setintersection(["b", "a", "c"], ["c", "b", "a"])
}

output "setintersection_08" {
  value = setintersection([1, 10, 2], [10, 2, 1])
}

output "setintersection_09" {
  value = setintersection(["1"], [1])
}

output "setproduct_01" {
  value = setproduct(["development", "staging", "production"], ["app1", "app2"])
}

output "setproduct_02" {
  value = setproduct(["a"], [])
}

output "setproduct_03" {
  value = setproduct([1, 2], ["x"])
}

output "setproduct_04" {
  value = setproduct(["a"], ["b"], ["c"])
}

output "setproduct_05" {
  value = setproduct(toset(["b", "a"]), ["x"])
}

output "setproduct_06" {
  value = setproduct(local.ul, ["x"])
}

output "setproduct_07" {
  value = setproduct(["a", local.us], ["x"])
}

output "setproduct_08" {
  value = setproduct([], [])
}

output "setproduct_10" {
  value = length(setproduct(range(10), range(10)))
}

output "setsubtract_01" {
  value = setsubtract(["a", "b", "c"], ["a", "c"])
}

output "setsubtract_02" {
  value = setsubtract(["a", "b", "c"], ["a", "b", "c"])
}

output "setsubtract_03" {
  value = setsubtract([], ["a"])
}

output "setsubtract_04" {
  value = setsubtract([1, 2, 3], [2])
}

output "setsubtract_05" {
  value = setsubtract(local.ul, ["a"])
}

output "setsubtract_06" {
  value = setsubtract(["a", "b"], [local.us])
}

output "setsubtract_07" {
  value = setsubtract(["c", "a", "b", "a"], [])
}

output "setsubtract_08" {
  value = setsubtract([3, 20, 100], [])
}

output "setunion_01" {
  value = setunion(["a", "b"], ["b", "c"], ["d"])
}

output "setunion_02" {
  value = setunion([], [])
}

output "setunion_03" {
  value = setunion(["a"])
}

output "setunion_04" {
  value = setunion([1, 2], [2, 3])
}

output "setunion_05" {
  value = setunion(["b"], [1])
}

output "setunion_06" {
  value = setunion(local.ul, ["c"])
}

output "setunion_07" {
  value = setunion(["a", local.us], ["c"])
}

output "setunion_08" {
  value = setunion(["z", "é", "e", "A", "10", "9"])
}

output "setunion_09" {
  value = setunion([10, 9, 1.5, -1])
}

output "setunion_10" {
  value = setunion([true, false])
}

output "slice_01" {
  value = slice(["a", "b", "c", "d"], 1, 3)
}

output "slice_02" {
  value = slice(["a", "b"], 0, 0)
}

output "slice_03" {
  value = slice(["a", "b"], 0, 2)
}

output "slice_04" {
  value = slice([], 0, 0)
}

output "slice_05" {
  value = slice(["a", "b"], 2, 2)
}

output "slice_06" {
  value = slice(local.ul, 0, 1)
}

output "slice_07" {
  value = slice(["a", local.us, "c"], 0, 1)
}

output "slice_08" {
  value = slice(["a", local.us, "c"], 1, 3)
}

output "slice_09" {
  value = slice(["a", "b", "c"], local.un, 3)
}

output "slice_10" {
  value = slice([1, "a", true], 1, 3)
}

output "slice_11" {
  value = slice(["a", "b", "c"], 1.0, 2)
}

output "sort_01" {
  value = sort(["e", "d", "a", "x"])
}

output "sort_02" {
  value = sort([])
}

output "sort_03" {
  value = sort(["b", "B", "a", "A"])
}

output "sort_04" {
  value = sort(["10", "9", "1"])
}

output "sort_05" {
  value = sort([3, 1, 2])
}

output "sort_06" {
  value = sort(["é", "e", "f"])
}

output "sort_07" {
  value = sort(local.ul)
}

output "sort_08" {
  value = sort(["a", local.us])
}

output "sort_09" {
  value = sort(toset(["c", "a"]))
}

output "sort_10" {
  value = sort([true, false])
}

output "sort_11" {
  value = sort(["a", "a"])
}

output "sum_01" {
  value = sum([10, 13, 6, 4.5])
}

output "sum_02" {
  value = sum([1])
}

output "sum_03" {
  value = sum([-1, 1])
}

output "sum_04" {
  value = sum(["1", 2])
}

output "sum_05" {
  value = sum([0.1, 0.2])
}

output "sum_06" {
  value = sum([1e20, 1])
}

output "sum_07" {
  value = sum(local.ul3)
}

output "sum_08" {
  value = sum([1, local.un])
}

output "sum_09" {
  value = sum(toset([1, 2, 2]))
}

output "sum_10" {
  value = sum([1.5, 2.5])
}

output "sum_11" {
  value = sum([99999999999999999999, 1])
}

output "transpose_01" {
  value = transpose({ "a" = ["1", "2"], "b" = ["2", "3"] })
}

output "transpose_02" {
  value = transpose({})
}

output "transpose_03" {
  value = transpose({ a = [] })
}

output "transpose_04" {
  value = transpose({ a = ["x"], b = ["x"] })
}

output "transpose_05" {
  value = transpose({ a = ["b", "a"] })
}

output "transpose_06" {
  value = transpose(local.umL)
}

output "transpose_07" {
  value = transpose({ a = [local.us] })
}

output "transpose_08" {
  value = transpose({ a = local.ul })
}

output "transpose_09" {
  value = transpose({ "é" = ["1"] })
}

output "zipmap_01" {
  value = zipmap(["a", "b"], [1, 2])
}

output "zipmap_02" {
  value = zipmap(["a", "b"], ["x", 1])
}

output "zipmap_03" {
  value = zipmap([], [])
}

output "zipmap_04" {
  value = zipmap(["a", "a"], [1, 2])
}

output "zipmap_05" {
  value = zipmap(local.ul, [1, 2])
}

output "zipmap_06" {
  value = zipmap(["a", "b"], local.ul)
}

output "zipmap_07" {
  value = zipmap(["a", local.us], [1, 2])
}

output "zipmap_08" {
  value = zipmap(["a", "b"], [1, local.un])
}

output "zipmap_09" {
  value = zipmap(["a"], [[1, 2]])
}

output "zipmap_10" {
  value = zipmap(toset(["b", "a"]), [1, 2])
}

output "zipmap_11" {
  value = zipmap(["a", "b"], [{ x = 1 }, { y = 2 }])
}
