"""A note over or under a complete list adding holders who stand in no row of it: the named people
have the same points, levels and measures as a listed colleague ('注：…的廉政风险点、风险等级及防控
措施与某某相同，不再重复填写', '同…', '参照…执行', '与…岗位相同'), so each gets a form of his own
holding a copy of that colleague's points (``_sharers_by_note``).

The layouts here are not the published batch's (a county's 河道管理站 with 股室/岗位/姓名, 一级…三级
and a merged ``注：`` line under the table naming two 河道巡查员): other units (a 林场, a 疾控中心's
检验科, a 粮库), other posts and names, other level words (高/中/低, ticks under 高 | 中 | 低, Ⅰ级…),
post and name in one cell, a note above the table, an extra 备注 column, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


OURS = {"HOLDERS_SHARED_BY_NOTE", "HOLDERS_SHARED_NOTE_UNMATCHED", "HOLDERS_SHARED_NOTE_SEVERAL"}

FOREST = [
    ["XX县国有林场廉政风险点清单"],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "场领导", "场长", "隗劭祺", "林木采伐指标分配优亲厚友", "高", "指标分配经场务会研究，结果公示。"],
    [2, None, None, None, "造林工程验收走过场", "中", "验收邀请林业站参加，资料存档。"],
    [3, "营林股", "护林员", "荀沛霖", "巡山发现盗伐不制止、不报告", "中", "巡护轨迹上传，发现问题当日报告。"],
    [4, None, None, None, "收受林木经营户财物放任乱砍", "高", "签订廉洁承诺书，开展不定期抽查。"],
    [5, "财务股", "出纳", "訾晗煦", "公款私存、挪用备用金", "高", "每月盘点库存现金，账款核对。"],
]  # fmt: skip
FOREST_MERGES = ["A1:G1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]
LISTED = [
    ("场长", "隗劭祺", "林木采伐指标分配优亲厚友", "Ⅰ级"),
    ("场长", "隗劭祺", "造林工程验收走过场", "Ⅱ级"),
    ("护林员", "荀沛霖", "巡山发现盗伐不制止、不报告", "Ⅱ级"),
    ("护林员", "荀沛霖", "收受林木经营户财物放任乱砍", "Ⅰ级"),
    ("出纳", "訾晗煦", "公款私存、挪用备用金", "Ⅰ级"),
]


def test_a_note_under_the_list_adds_three_rangers_with_the_named_rangers_points(tmp_path):
    # '说明：' and '同…', three people joined by 、 and 和, the post said once before the first
    rows = [*FOREST,
            ["说明：护林员隗芃骁、荀景澄和訾泓霁的风险点及防控措施同护林员荀沛霖，不另填写。"],
            ["填表人：", None, None, "审核人：", None, "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, [*FOREST_MERGES, "A8:G8"])
    added = [
        ("护林员", who, point, level)
        for who in ("隗芃骁", "荀景澄", "訾泓霁")
        for _t, _p, point, level in LISTED[2:4]
    ]
    assert read(got) == sorted(LISTED + added)
    assert len(got.posts) == 6
    posts = got.posts.set_index("person")
    assert (
        posts.loc["荀景澄", "department"] == "营林股"
    )  # (the colleague's 科室: the note says none)
    said = got.issues[got.issues["code"] == "HOLDERS_SHARED_BY_NOTE"]
    assert list(said["cell"]) == ["A8"]
    assert "隗芃骁、荀景澄、訾泓霁" in said["message"].iloc[0]
    assert not errors(got)
    # the copies stand at the note's row, as a '同…' row's copies stand at that row
    assert set(got.risks[got.risks["person"] == "訾泓霁"]["source_row"]) == {8}


def test_a_note_above_a_list_of_post_and_name_in_one_cell_and_ticked_levels(tmp_path):
    # post and name in one '岗位及姓名' cell, levels ticked under 风险等级 over 高 | 中 | 低; the
    # note stands above the table as a numbered item, the added person under a post of his own
    rows = [["XX市疾病预防控制中心检验科岗位廉政风险防控表"],
            ["注：1.风险等级在对应栏内打“√”；2.检验员邝嘉懿参照检验员甄睿渊执行。"],
            ["序号", "岗位及姓名", "廉政风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, "高", "中", "低", None],
            [1, "科长　甄沐阳", "检测试剂采购指定供应商", "√", None, None, "试剂采购按程序比选。"],
            [2, "检验员　甄睿渊", "篡改检测数据出具虚假报告", "√", None, None, "检测数据系统留痕，双人复核。"],
            [3, None, "违规对外提供检测结果", None, "√", None, "结果发放登记签收。"]]  # fmt: skip
    merges = ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "B6:B7"]
    got = run(tmp_path, rows, merges, sheet="检验科")
    assert read(got) == sorted([
        ("科长", "甄沐阳", "检测试剂采购指定供应商", "Ⅰ级"),
        ("检验员", "甄睿渊", "篡改检测数据出具虚假报告", "Ⅰ级"),
        ("检验员", "甄睿渊", "违规对外提供检测结果", "Ⅱ级"),
        ("检验员", "邝嘉懿", "篡改检测数据出具虚假报告", "Ⅰ级"),
        ("检验员", "邝嘉懿", "违规对外提供检测结果", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_SHARED_BY_NOTE" in codes(got)
    assert not errors(got)


def test_a_note_naming_a_post_held_once_with_a_department_of_its_own_and_a_remarks_column(tmp_path):
    # '与…岗位相同' naming the post of one holder; the note gives the person's 科室 and post;
    # an extra 备注 column; levels Ⅰ级/Ⅱ级
    rows = [["XX县粮食储备库廉政风险点排查表"],
            ["部门", "岗位", "责任人", "风险点", "风险等级", "防控措施", "备注"],
            ["仓储科", "保管员", "庹彦博", "粮食出入库数量不如实登记", "Ⅰ级", "出入库双人计量，日清月结。", None],
            [None, None, None, "虚报粮食损耗", "Ⅱ级", "损耗按标准核定，报库务会审批。", "重点"],
            ["质检科", "质检员", "岑望舒", "降低等级收购人情粮", "Ⅰ级", "扦样检验双人操作，结果公示。", None],
            ["注：轮换科保管员庹锦程与保管员岗位相同。"]]  # fmt: skip
    merges = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "A6:G6"]
    got = run(tmp_path, rows, merges, sheet="排查表")
    assert read(got) == sorted([
        ("保管员", "庹彦博", "粮食出入库数量不如实登记", "Ⅰ级"),
        ("保管员", "庹彦博", "虚报粮食损耗", "Ⅱ级"),
        ("质检员", "岑望舒", "降低等级收购人情粮", "Ⅰ级"),
        ("保管员", "庹锦程", "粮食出入库数量不如实登记", "Ⅰ级"),
        ("保管员", "庹锦程", "虚报粮食损耗", "Ⅱ级"),
    ])  # fmt: skip
    posts = got.posts.set_index("person")
    assert posts.loc["庹锦程", "department"] == "轮换科"  # (as the note says it)
    assert posts.loc["庹彦博", "department"] == "仓储科"
    assert not errors(got)


def test_a_note_naming_listed_holders_adds_no_form(tmp_path):
    rows = [*FOREST, ["注：场长隗劭祺的风险等级与护林员荀沛霖相同，不再重复填写。"]]
    got = run(tmp_path, rows, [*FOREST_MERGES, "A8:G8"])
    assert read(got) == sorted(LISTED)
    assert len(got.posts) == 3
    assert not OURS & codes(got)
    assert not errors(got)


def test_notes_on_levels_and_filling_in_stay_notes(tmp_path):
    rows = [*FOREST,
            ["注：1.风险等级划分与上年度一致；2.同一岗位有多人的，风险点相同的只填一人。"],
            ["说明：风险等级同县林业局要求执行。"]]  # fmt: skip
    got = run(tmp_path, rows, [*FOREST_MERGES, "A8:G8", "A9:G9"])
    assert read(got) == sorted(LISTED)
    assert len(got.posts) == 3
    assert not OURS & codes(got)
    assert not errors(got)


def test_a_colleague_not_in_the_list_copies_nothing_with_a_warning(tmp_path):
    rows = [*FOREST, ["注：护林员隗芃骁的风险点与护林员荀锦澜相同。"]]
    got = run(tmp_path, rows, [*FOREST_MERGES, "A8:G8"])
    assert read(got) == sorted(LISTED)
    said = got.issues[got.issues["code"] == "HOLDERS_SHARED_NOTE_UNMATCHED"]
    assert list(said["cell"]) == ["A8"] and list(said["severity"]) == ["warning"]
    assert not errors(got)


def test_a_row_saying_same_as_a_colleague_is_read_as_before(tmp_path):
    # the row rule ('同…' in the row's own point cell) stays that rule's: no note involved
    rows = [*FOREST[:-1],
            [5, "营林股", "护林员", "荀景澄", "风险点、风险等级及防控措施同护林员荀沛霖", None, None]]  # fmt: skip
    merges = [*FOREST_MERGES[:-3], "E7:G7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([*LISTED[:4],
                                ("护林员", "荀景澄", "巡山发现盗伐不制止、不报告", "Ⅱ级"),
                                ("护林员", "荀景澄", "收受林木经营户财物放任乱砍", "Ⅰ级")])  # fmt: skip
    assert "POINTS_TAKEN_FROM_COLLEAGUE" in codes(got)
    assert not OURS & codes(got)


def test_the_codes_are_catalogued():
    for code in OURS:
        assert code in CATALOGUE and code in SHORT


RANGER = LISTED[2:4]  # (荀沛霖's two points)


def _as(title: str, person: str, held) -> list[tuple[str, str, str, str]]:
    return [(title, person, point, level) for _t, _p, point, level in held]


def _note(tmp_path, note: str):
    return run(tmp_path, [*FOREST, [note]], [*FOREST_MERGES, "A8:G8"])


def test_what_the_hundred_and_twenty_third_review_found_every_sentence_of_a_note_is_read(tmp_path):
    # numbered items: the second adds 柏二琦 with 訾晗煦's point (once only 甄一鸣 was read)
    got = _note(tmp_path, "注：1.护林员甄一鸣同护林员荀沛霖；2.会计柏二琦同出纳訾晗煦。")
    assert read(got) == sorted(
        [*LISTED, *_as("护林员", "甄一鸣", RANGER), *_as("会计", "柏二琦", LISTED[4:])]
    )
    assert list(got.issues[got.issues["code"] == "HOLDERS_SHARED_BY_NOTE"]["cell"]) == ["A8", "A8"]
    assert not errors(got)


def test_what_the_hundred_and_twenty_third_review_found_a_chain_is_read_in_order(tmp_path):
    # 柏二琦 shares 甄一鸣's, who shares 荀沛霖's: 柏二琦 gets what 甄一鸣 got (once dropped silently)
    for note in (
        "注：护林员甄一鸣的廉政风险点与荀沛霖相同，不再重复填写；护林员柏二琦的廉政风险点与甄一鸣相同，"
        "不再重复填写。",
        "注：护林员甄一鸣的廉政风险点与荀沛霖相同，不再重复填写；护林员柏二琦与甄一鸣相同。",
    ):
        got = _note(tmp_path, note)
        assert read(got) == sorted(
            [*LISTED, *_as("护林员", "甄一鸣", RANGER), *_as("护林员", "柏二琦", RANGER)]
        ), note
        assert "HOLDERS_SHARED_NOTE_UNMATCHED" not in codes(got)
    # a chain's later link naming no one the list or the note holds: a warning, nothing copied
    got = _note(tmp_path, "注：护林员甄一鸣同荀沛霖；护林员柏二琦与护林员隗芃骁相同。")
    assert read(got) == sorted([*LISTED, *_as("护林员", "甄一鸣", RANGER)])
    said = got.issues[got.issues["code"] == "HOLDERS_SHARED_NOTE_UNMATCHED"]
    assert list(said["cell"]) == ["A8"]


def test_what_the_hundred_and_twenty_third_review_found_label_and_text_in_two_cells(tmp_path):
    # '注：' in A8, its text in B8, no merge: a note, not a data row (once POINT_BLANK E8)
    note = "河道巡查员甄一鸣、柏二琦的廉政风险点、风险等级及防控措施与荀沛霖相同，不再重复填写。"
    got = run(tmp_path, [*FOREST, ["注：", note]], FOREST_MERGES)
    assert read(got) == sorted(
        [*LISTED, *_as("河道巡查员", "甄一鸣", RANGER), *_as("河道巡查员", "柏二琦", RANGER)]
    )
    assert "POINT_BLANK" not in codes(got)
    assert list(got.issues[got.issues["code"] == "HOLDERS_SHARED_BY_NOTE"]["cell"]) == ["A8"]


def test_what_the_hundred_and_twenty_third_review_found_two_colleagues_named(tmp_path):
    # '与荀沛霖、訾晗煦相同': whose points is not said (theirs differ): nothing copied, a warning
    got = _note(
        tmp_path, "注：护林员甄一鸣、柏二琦的廉政风险点与荀沛霖、訾晗煦相同，不再重复填写。"
    )
    assert read(got) == sorted(LISTED)
    said = got.issues[got.issues["code"] == "HOLDERS_SHARED_NOTE_SEVERAL"]
    assert list(said["cell"]) == ["A8"] and list(said["severity"]) == ["warning"]
    assert (
        "甄一鸣、柏二琦" in said["message"].iloc[0] and "荀沛霖、訾晗煦" in said["message"].iloc[0]
    )


def test_what_the_hundred_and_twenty_third_review_found_a_trailing_clause(tmp_path):
    # '…参照荀沛霖执行，风险等级与上年度相同': the first clause read
    got = _note(tmp_path, "注：护林员甄一鸣参照荀沛霖执行，风险等级与上年度相同。")
    assert read(got) == sorted([*LISTED, *_as("护林员", "甄一鸣", RANGER)])
    # arguable ('…由甄一鸣代岗，风险点与訾晗煦相同'): left, and no false warning
    got = _note(tmp_path, "注：訾晗煦同志休产假期间由甄一鸣代岗，风险点与訾晗煦相同。")
    assert read(got) == sorted(LISTED)
    assert not OURS & codes(got)


def test_what_the_hundred_and_twenty_third_review_found_tong_as_with_is_no_sharing(tmp_path):
    # 同 meaning "with" (同时…, 同X一起…, 同X互相…, 同X不得…): no one added, no warning
    for note in (
        "注：场长助理卞思远同时兼任出纳。",
        "注：副场长卞思远同场长隗劭祺一起分管营林股。",
        "注：会计柏二琦同出纳訾晗煦互相监督",
        "注：会计柏二琦同出纳訾晗煦不得由一人兼任",
        "注：财务股会计柏二琦同期调入，风险点待定。",
    ):
        got = _note(tmp_path, note)
        assert read(got) == sorted(LISTED), note
        assert not OURS & codes(got), (note, got.issues.to_dict("records"))
    # the 同 form whose colleague is the whole rest of the clause still reads
    got = _note(tmp_path, "注：护林员甄一鸣同荀沛霖。")
    assert read(got) == sorted([*LISTED, *_as("护林员", "甄一鸣", RANGER)])


def test_what_the_hundred_and_twenty_third_review_found_a_chains_copies_cite_real_cells(tmp_path):
    # 柏二琦's copies (of 甄一鸣's copies) name 荀沛霖's rows' cells, never the note row's blanks
    rows = [*FOREST, ["注：护林员甄一鸣同荀沛霖；护林员柏二琦同甄一鸣。"]]
    got = run(tmp_path, [*rows[:4], [*rows[4][:5], None, rows[4][6]], *rows[5:]],
              [*FOREST_MERGES, "A8:G8"])  # fmt: skip
    assert ("护林员", "柏二琦", "巡山发现盗伐不制止、不报告", "") in read(got)
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert set(blank["cell"]) == {"F5"}, blank.to_dict("records")
