from metrics.suppression import cells_to_suppress, disclosure_count, is_small


def test_small_counts_are_one_to_four():
    assert [is_small(n) for n in [None, 0, 1, 4, 5]] == [False, False, True, True, False]


def test_nothing_hidden_when_no_small_counts():
    assert cells_to_suppress({"a": 10, "b": 0, "c": 5}) == (set(), False)


def test_single_small_cell_hides_the_next_smallest_non_zero_cell():
    assert cells_to_suppress({"a": 3, "b": 0, "c": 12, "d": 7}) == ({"a", "d"}, False)


def test_two_small_cells_protect_each_other():
    assert cells_to_suppress({"a": 3, "b": 1, "c": 40}) == ({"a", "b"}, False)


def test_single_small_cell_with_no_complement_hides_the_total():
    assert cells_to_suppress({"a": 2, "b": 0}) == ({"a"}, True)
    assert cells_to_suppress({"only": 4}) == ({"only"}, True)


def test_disclosure_count_per_unit():
    assert disclosure_count(3, 3, None, "count") == 3
    assert disclosure_count(7, None, None, "count") == 7
    assert disclosure_count(50.0, 2, 4, "percent") == 2  # 2 of 4
    assert disclosure_count(0.0, 0, 30, "percent") == 30
    assert disclosure_count(120, None, 3, "days") == 3  # a median of 3 people's waits
    assert disclosure_count(None, None, None, "days") is None


def test_suppress_breakdown_marks_primary_and_complementary_rows():
    from metrics.suppression import suppress_breakdown

    rows = [
        {"category": "female", "value": 12, "numerator": 12, "denominator": None},
        {"category": "male", "value": 3, "numerator": 3, "denominator": None},
        {"category": "other", "value": 0, "numerator": 0, "denominator": None},
        {"category": "not_known", "value": 8, "numerator": 8, "denominator": None},
    ]
    marked, hide_total = suppress_breakdown(rows, "count")
    assert [row["suppressed"] for row in marked] == [False, True, False, True]
    assert hide_total is False
    assert marked[0] == {**rows[0], "suppressed": False}


def test_money_rests_on_no_people_so_is_never_hidden():
    assert disclosure_count(3.0, 3.0, 2_000_000.0, "currency") is None
    assert cells_to_suppress({"home_care": None, "nursing": None}) == (set(), False)
