"""A list naming no holder whose levels stand in a column per CLASS of staff (``风险等级（按岗位类别）``
merged over ``班子成员 | 股室负责人 | 一般干部``; ``—``, ``无``, ``/`` or blank where a class is not
exposed), each person's class named by a roster (``姓名 | 股室 | 职务 | 岗位类别``) under the list or
on another sheet of the workbook: each roster person holds every point his class's column levels, at
that level, with the roster's 科室 and post (info LEVELS_BY_STAFF_CLASS). A roster person of a class
no column has is warned at his cell (STAFF_CLASS_UNMATCHED). With no roster the classes stay posts
(对岗不对人, one form a class, the class never taken for a person) and an info says so
(LEVELS_BY_STAFF_CLASS_NO_ROSTER).

Why: the reader took such per-class columns for holders-as-columns, the class names for posts and
the roster beside them for a table of no points (TABLE_OTHER), so no point reached any named person
(the published batch 888's 图书馆 list). These are NOT that file (a 县图书馆, ``馆领导 | 部门负责人 |
一般工作人员``, 一级/二级/三级): a 县水利局 and a 水库管理所 with other class words, posts, names and
level words (高/中/低, Ⅰ级…), one roster under the list, one on its own sheet, two classes only, no
roster at all; and two lists that must still read as before: real holder names heading the level
columns, and per-year level columns ``2024年 | 2025年`` (written with xlsxwriter, tests/helpers.py,
read back as ``collect_inbox`` reads a file).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

UNIT = "某县水利局"
HEAD = ["序号", "工作环节", "廉政风险点", "风险等级（按岗位类别）", None, None, "防控措施"]
POINTS = [
    [1, "项目管理", "水利工程招投标中泄露标底、暗箱操作", "高", "中", "—", "全部进入公共资源交易平台。"],
    [2, "资金管理", "农田水利补助资金虚报冒领", "中", "高", "低", "补助名单公示，资金直达农户。"],
    [3, "执法监管", "河道采砂许可中吃拿卡要", "—", "中", "高", "许可事项网上办理，全程留痕。"],
    [4, "日常工作", "接受管理服务对象宴请", "低", "低", "无", "严格执行中央八项规定。"],
]  # fmt: skip
ROSTER_HEAD = ["序号", "姓名", "股室", "职务", "岗位类别", None, None]
STAFF = [
    [1, "甘泓渟", "局领导", "局长", "班子成员", None, None],
    [2, "邬澈沄", "水政监察股", "股长", "股室负责人", None, None],
    [3, "邰漪涟", "农村水利股", "科员", "一般干部", None, None],
]  # fmt: skip


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def _list(classes=("班子成员", "股室负责人", "一般干部"), points=POINTS, band=HEAD[3]):
    n = len(classes)
    head = [*HEAD[:3], band, *([None] * (n - 1)), HEAD[-1]]
    rows = [[f"{UNIT}廉政风险点等级一览表"], head, [None, None, None, *classes, None]]
    rows += [[*p[:3], *p[3 : 3 + n], p[-1]] for p in points]
    last = chr(ord("A") + 3 + n)
    merges = ["A2:A3", "B2:B3", "C2:C3", f"D2:{chr(ord('C') + n)}2", f"{last}2:{last}3"]
    return rows, merges


EXPECTED = [
    ("局领导", "局长", "甘泓渟", "水利工程招投标中泄露标底、暗箱操作", "Ⅰ级"),
    ("局领导", "局长", "甘泓渟", "农田水利补助资金虚报冒领", "Ⅱ级"),
    ("局领导", "局长", "甘泓渟", "接受管理服务对象宴请", "Ⅲ级"),
    ("水政监察股", "股长", "邬澈沄", "水利工程招投标中泄露标底、暗箱操作", "Ⅱ级"),
    ("水政监察股", "股长", "邬澈沄", "农田水利补助资金虚报冒领", "Ⅰ级"),
    ("水政监察股", "股长", "邬澈沄", "河道采砂许可中吃拿卡要", "Ⅱ级"),
    ("水政监察股", "股长", "邬澈沄", "接受管理服务对象宴请", "Ⅲ级"),
    ("农村水利股", "科员", "邰漪涟", "农田水利补助资金虚报冒领", "Ⅲ级"),
    ("农村水利股", "科员", "邰漪涟", "河道采砂许可中吃拿卡要", "Ⅰ级"),
]


def test_roster_under_the_list_resolves_each_class_to_its_people(tmp_path):
    """Three classes under a merged band, '—' and '无' not exposed; the roster two rows under."""
    rows, merges = _list()
    rows += [
        ["注：“—”“无”表示该类人员不涉及。"],
        [],
        ["附：本局人员及岗位类别"],
        ROSTER_HEAD,
        *STAFF,
    ]
    got = run(tmp_path, {"一览表": rows}, {"一览表": merges})
    assert read(got) == sorted(EXPECTED)
    no_errors(got)
    said = got.issues[got.issues["code"] == "LEVELS_BY_STAFF_CLASS"]
    assert len(said) == 1 and "班子成员" in said.iloc[0]["message"]
    assert "TABLE_OTHER" not in codes(got)  # (the roster is read, not set aside)
    assert "LEVELS_BY_STAFF_CLASS" in SHORT and CATALOGUE["LEVELS_BY_STAFF_CLASS"][0] == "info"


def test_roster_on_another_sheet_and_an_unmatched_class_is_warned(tmp_path):
    """Other class words (局领导 | 中层干部 | 其他人员), the roster on a sheet of its own with a
    人员类别 column; a person of a class no column has ('借调人员') is warned at his cell."""
    rows, merges = _list(("局领导", "中层干部", "其他人员"))
    staff = [
        ["姓名", "科室", "职务", "人员类别"],
        ["甘泓渟", "局领导", "局长", "局领导"],
        ["邬澈沄", "水政监察股", "股长", "中层干部"],
        ["邰漪涟", "农村水利股", "科员", "其他人员"],
        ["郜渌汀", "办公室", "科员", "借调人员"],
    ]
    got = run(tmp_path, {"一览表": rows, "人员名单": staff}, {"一览表": merges})
    assert read(got) == sorted(EXPECTED)
    warned = got.issues[got.issues["code"] == "STAFF_CLASS_UNMATCHED"]
    assert len(warned) == 1
    w = warned.iloc[0]
    assert (w["severity"], w["source_sheet"], w["cell"]) == ("warning", "人员名单", "D5")
    assert "郜渌汀" in w["message"] and "借调人员" in w["message"]


def test_two_classes_only_blank_not_exposed_and_a_class_word_of_the_same_tier(tmp_path):
    """A 水库管理所: two classes (领导班子 | 一般工作人员) under '风险等级', blank for not exposed,
    the roster's 人员类型 writing '班子成员' for the column '领导班子'."""
    points = [
        [1, "工程运行", "大坝安全监测数据弄虚作假", "中", None, "加密巡查，数据双人复核。"],
        [2, "物资管理", "防汛物资出入库不登记、私自挪用", "高", "中", "物资台账月盘点。"],
        [3, "后勤", "公车私用", None, "低", "车辆定位管理。"],
    ]  # fmt: skip
    rows, merges = _list(("领导班子", "一般工作人员"), points, "风险等级")
    rows += [[], ["序号", "姓名", "部门", "职务", "人员类型"]]
    rows += [
        [1, "蒯澜汐", "所领导", "所长", "班子成员"],
        [2, "郗泠渼", "工程股", "技术员", "一般工作人员"],
    ]
    got = run(tmp_path, {"风险点": rows}, {"风险点": merges})
    assert read(got) == sorted([
        ("所领导", "所长", "蒯澜汐", "大坝安全监测数据弄虚作假", "Ⅱ级"),
        ("所领导", "所长", "蒯澜汐", "防汛物资出入库不登记、私自挪用", "Ⅰ级"),
        ("工程股", "技术员", "郗泠渼", "防汛物资出入库不登记、私自挪用", "Ⅱ级"),
        ("工程股", "技术员", "郗泠渼", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "STAFF_CLASS_UNMATCHED" not in codes(got)


def test_without_a_roster_each_class_is_a_post_and_said(tmp_path):
    """No roster anywhere: one form a class, the class its post (对岗不对人), no person."""
    rows, merges = _list()
    got = run(tmp_path, {"一览表": rows}, {"一览表": merges})
    r = got.risks
    assert set(r["person"]) == {""}
    assert set(r["title"]) == {"班子成员", "股室负责人", "一般干部"}
    assert len(r) == 9
    said = got.issues[got.issues["code"] == "LEVELS_BY_STAFF_CLASS_NO_ROSTER"]
    assert len(said) == 1 and said.iloc[0]["severity"] == "info"
    assert "LEVELS_BY_STAFF_CLASS" not in codes(got)


def test_holder_names_heading_the_level_columns_still_read_as_holders(tmp_path):
    """Holders, not classes, head the columns ('局长⏎甘泓渟' under '各岗位风险等级', '/' not his):
    each cell that holder's own level, as before; no class info."""
    none = {"高": "高", "中": "中", "低": "低", "—": "/", "无": "/"}
    points = [[*p[:3], *(none[x] for x in p[3:6]), p[-1]] for p in POINTS]
    heads = ("局长\n甘泓渟", "股长\n邬澈沄", "科员\n邰漪涟")
    rows, merges = _list(heads, points, "各岗位风险等级")
    got = run(tmp_path, {"一览表": rows}, {"一览表": merges})
    assert [(t, p, x, lv) for _d, t, p, x, lv in read(got)] == sorted(
        (t, p, x, lv) for _d, t, p, x, lv in EXPECTED
    )
    assert not {"LEVELS_BY_STAFF_CLASS", "LEVELS_BY_STAFF_CLASS_NO_ROSTER"} & set(codes(got))


def test_per_year_level_columns_are_not_classes(tmp_path):
    """'2024年 | 2025年' under '风险等级': the years are no classes, the roster re-deals nothing."""
    points = [[p[0], p[1], p[2], "中", p[3], p[-1]] for p in POINTS if p[3] != "—"]
    rows, merges = _list(("2024年", "2025年"), points, "风险等级")
    rows += [[], ROSTER_HEAD, *STAFF]
    got = run(tmp_path, {"一览表": rows}, {"一览表": merges})
    r = got.risks
    assert not set(r["person"]) & {"甘泓渟", "邬澈沄", "邰漪涟"}
    assert not {"2024年", "2025年"} & set(r["title"])
    assert not {"LEVELS_BY_STAFF_CLASS", "LEVELS_BY_STAFF_CLASS_NO_ROSTER"} & set(codes(got))


def test_what_the_hundred_and_twenty_ninth_review_found_a_roster_of_no_column_class(tmp_path):
    """A sheet of staff whose '类别' is a kind of post-establishment (行政编制 | 事业编制), no class
    of the list's columns: it is no roster of this list. Every person was warned
    STAFF_CLASS_UNMATCHED and the list said nothing of lacking a roster; now the sheet is passed
    over, the classes stay posts and LEVELS_BY_STAFF_CLASS_NO_ROSTER says so (a judgement: one
    person of a column's class makes it the roster, and only then are the others warned)."""
    rows, merges = _list()
    staff = [
        ["姓名", "性别", "职务", "类别"],
        ["甘泓渟", "男", "局长", "行政编制"],
        ["邬澈沄", "女", "股长", "事业编制"],
    ]
    got = run(tmp_path, {"一览表": rows, "人员信息": staff}, {"一览表": merges})
    assert "STAFF_CLASS_UNMATCHED" not in codes(got)
    assert "LEVELS_BY_STAFF_CLASS_NO_ROSTER" in codes(got)
    assert set(got.risks["person"]) == {""}
    assert set(got.risks["title"]) == {"班子成员", "股室负责人", "一般干部"}


def test_what_the_hundred_and_twenty_ninth_review_found_the_heading_printed_again_after_a_gap(
    tmp_path,
):
    """An ordinary list with a '类别' column (廉洁 / 履职) whose heading is printed again after a
    blank row (a page's repeated heading): '姓名' and '类别' in it looked like a class roster's
    heading, so the column sample stopped there and the 类别 column was read otherwise than the
    same list without the gap (TYPE_UNKNOWN on every row, against COLUMN_GUESSED and
    TABLE_NO_TYPE). The list's own heading again is no roster: it reads as without the gap."""
    head = ["序号", "科室", "姓名", "风险点", "类别", "风险等级", "防控措施"]
    first = [
        [1, "办公室", "尚明远", "公务接待超标准", "廉洁", "中", "严格执行接待标准。"],
        [2, "办公室", "尚明远", "采购询价走过场", "廉洁", "高", "三家以上询价。"],
    ]
    second = [
        [3, "救助股", "柏云舒", "低保审核优亲厚友", "履职", "高", "入户调查公示。"],
        [4, "救助股", "戚晓岚", "临时救助资金截留", "廉洁", "低", "资金直达个人。"],
    ]
    title = ["某县民政局廉政风险点一览表"]
    plain = run(tmp_path / "a", {"Sheet1": [title, head, *first, *second]})
    gap = run(tmp_path / "b", {"Sheet1": [title, head, *first, [], head, *second]})
    keep = ["department", "person", "risk_point", "risk_type", "risk_level", "measures"]
    assert gap.risks[keep].to_dict("records") == plain.risks[keep].to_dict("records")
    assert sorted(set(codes(gap))) == sorted(set(codes(plain)))
    assert "TYPE_UNKNOWN" not in codes(gap)


def test_what_the_hundred_and_twenty_ninth_review_found_a_roster_printed_above_the_list(
    tmp_path,
):
    """The same roster ('附：本局人员及岗位类别', 姓名 | 股室 | 职务 | 岗位类别) printed ABOVE the list
    on its sheet rather than under it: only the rows under the list and the other sheets were
    searched, so the classes stayed posts and LEVELS_BY_STAFF_CLASS_NO_ROSTER said there was no
    roster. The rows above the list (after any table before it) are searched too."""
    rows, merges = _list()
    top = [["附：本局人员及岗位类别"], ROSTER_HEAD, *STAFF, []]

    def down(rng: str) -> str:
        return ":".join(f"{c[0]}{int(c[1:]) + len(top)}" for c in rng.split(":"))

    got = run(tmp_path, {"一览表": top + rows}, {"一览表": [down(m) for m in merges]})
    assert read(got) == sorted(EXPECTED)
    no_errors(got)
    said = got.issues[got.issues["code"] == "LEVELS_BY_STAFF_CLASS"]
    assert len(said) == 1 and said.iloc[0]["cell"] == "B2"
    assert "LEVELS_BY_STAFF_CLASS_NO_ROSTER" not in codes(got)


def test_what_the_hundred_and_twenty_ninth_review_found_a_roster_of_another_unit(tmp_path):
    """The 某县水利局's class-graded list beside a sheet '名册' titled '某某乡人民政府干部名册' (姓名 |
    股室 | 职务 | 人员类别, one 股室负责人 of the township): that man was given every point of the
    水利局's 股室负责人 column. A roster on a sheet of its own titled for another unit is not the
    list's staff: the classes stay posts, said (LEVELS_BY_STAFF_CLASS_NO_ROSTER). The same sheet
    titled for the list's own unit (also shortened, '县水利局干部名册') is still its roster."""
    rows, merges = _list()
    roster = [
        ["序号", "姓名", "股室", "职务", "人员类别"],
        [1, "钱一鸣", "党政办", "主任", "股室负责人"],
    ]
    got = run(
        tmp_path / "a",
        {"一览表": rows, "名册": [["某某乡人民政府干部名册"], *roster]},
        {"一览表": merges},
    )
    assert "钱一鸣" not in set(got.risks["person"])
    assert "LEVELS_BY_STAFF_CLASS_NO_ROSTER" in codes(got)
    for title in (f"{UNIT}干部名册", "县水利局干部名册"):
        got = run(
            tmp_path / title, {"一览表": rows, "名册": [[title], *roster]}, {"一览表": merges}
        )
        assert set(got.risks["person"]) == {"钱一鸣"}
        assert "LEVELS_BY_STAFF_CLASS" in codes(got)
