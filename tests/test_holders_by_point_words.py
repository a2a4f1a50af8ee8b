"""A list one row a point with no 科室, 岗位 or 责任人 column (and no column whose values a note
keys), the holders only in a note under or over it that hands the points out by the WORDS they
contain ('涉及…、…的，由 科室 post name 负责', '凡关于…的风险点均由…承担', and a catch-all '其余由…负
责'): each point the holder whose words it (or its 业务 cell) holds, a copy each where it holds two
parts' words, the catch-all's where it holds none (with no catch-all: kept holderless, a warning).

Not the published batch's file (a 国家公园管理处 with 生态保护科/财务科/社区发展科, 高/中/低 and one
closing '注：' under one heading row): a county 水利局's 灌区管理所, a 水库管理站 and a 水文站, other
posts and names, 一级/二级/三级 and ticks under two heading rows, notes over the list, '凡关于…承担',
a post and name with no space, a post alone, an extra 业务 column — written with xlsxwriter
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


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


IRRIGATION = [
    ("渠道维修工程验收把关不严，虚增工程量", "一级"),
    ("水费征收不开票据，截留水费", "一级"),
    ("用水计划分配优亲厚友", "二级"),
    ("防汛物资采购以次充好", "二级"),
    ("闸门管护人员考勤造假", "三级"),
]


def test_a_closing_note_by_words_with_a_catch_all(tmp_path):
    """One heading row, the note merged under it: '凡关于…的风险点均由…承担', a post and name with
    no space, '其他风险点由所长 …负责' for the rest."""
    rows = [
        ["某县水利局灌区管理所廉政风险点一览表"],
        ["编号", "风险点", "等级", "防控措施"],
        *[[i, p, lv, "严格执行制度，定期检查。"] for i, (p, lv) in enumerate(IRRIGATION, 1)],
        [
            "说明：凡关于工程、物资采购的风险点均由工程股股长郦沛霖承担；凡关于水费、票据的风险点均由"
            "财务股出纳　宓知遥负责；其他风险点由所长　冼岱峤负责。"
        ],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A8:D8"])
    assert read(got) == sorted([
        ("股长", "郦沛霖", "渠道维修工程验收把关不严，虚增工程量", "Ⅰ级"),
        ("出纳", "宓知遥", "水费征收不开票据，截留水费", "Ⅰ级"),
        ("所长", "冼岱峤", "用水计划分配优亲厚友", "Ⅱ级"),
        ("股长", "郦沛霖", "防汛物资采购以次充好", "Ⅱ级"),
        ("所长", "冼岱峤", "闸门管护人员考勤造假", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POINT_WORDS" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)
    r = got.risks
    assert set(r["department"][r["person"] == "郦沛霖"]) == {"工程股"}
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 5, c


def test_a_note_over_two_heading_rows_of_ticks_a_point_of_two_parts(tmp_path):
    """The note over the list, two heading rows ('风险等级' merged over 一级/二级/三级 ticked), a
    point holding two parts' words (a copy each), no catch-all: the point holding none stays
    holderless, with a warning at its cell."""
    rows = [
        ["某县水库管理站廉政风险排查表"],
        [
            "注：涉及大坝安全监测、巡查的，由技术股股长　钮砚秋负责；涉及资金、报销的，由会计　巫马昕负责。"
        ],
        ["序号", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, "一级", "二级", "三级", None],
        [1, "大坝安全监测数据弄虚作假", "√", None, None, "监测数据自动上传。"],
        [2, "巡查经费报销虚列支出", None, "√", None, "报销凭证三人签字。"],
        [3, "专项资金挪作他用", "√", None, None, "专款专用，季度审计。"],
        [4, "库区违规养殖监管不力", None, None, "√", "联合执法，月度通报。"],
    ]
    merges = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:E3", "F3:F4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "钮砚秋", "大坝安全监测数据弄虚作假", "Ⅰ级"),
        ("股长", "钮砚秋", "巡查经费报销虚列支出", "Ⅱ级"),
        ("会计", "巫马昕", "巡查经费报销虚列支出", "Ⅱ级"),
        ("会计", "巫马昕", "专项资金挪作他用", "Ⅰ级"),
        ("", "", "库区违规养殖监管不力", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    issues = got.issues
    warned = issues[issues["code"] == "HOLDER_POINT_WORDS_UNMATCHED"]
    assert list(warned["cell"]) == ["B8"], issues.to_dict("records")
    assert "HOLDERS_BY_POINT_WORDS" in codes(got)


def test_words_in_the_business_column_and_a_post_alone(tmp_path):
    """An extra '业务事项' column whose cell holds the words (the point does not), a part naming
    a post alone ('由出纳负责': a post-only form), '其余由站长…负责'."""
    rows = [
        ["某县水文站岗位廉政风险点登记表"],
        ["序号", "业务事项", "廉政风险点", "风险级别", "防控措施"],
        [1, "测验设备购置", "化整为零规避招标", "一级", "按限额进入交易平台。"],
        [2, "现金收付管理", "公款私存，坐支现金", "一级", "日清月结，定期盘点。"],
        [3, "水文资料整编", "资料对外提供不按规定审批", "二级", "资料提供登记备案。"],
        [4, "测站委托观测", "委托观测员报酬虚报冒领", "三级", "报酬按月公示。"],
    ]
    rows.append(
        [
            "备注：涉及设备购置的，由综合股股长　訾若岚负责；涉及现金、报酬的，由出纳负责；其余由站长　仉北辰负责"
        ]
    )
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("股长", "訾若岚", "化整为零规避招标", "Ⅰ级"),
        ("出纳", "", "公款私存，坐支现金", "Ⅰ级"),
        ("站长", "仉北辰", "资料对外提供不按规定审批", "Ⅱ级"),
        ("出纳", "", "委托观测员报酬虚报冒领", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POINT_WORDS" in codes(got)


NOT_HOLDERS = [
    ["某县灌区管理所廉政风险点清单"],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "水费征收不开票据，截留水费", "一级", "收费开具统一票据。"],
    [2, "防汛物资采购以次充好", "二级", "采购验收双人签字。"],
    [3, "闸门管护人员考勤造假", "三级", "考勤每月公示。"],
]


def test_a_note_of_level_words_is_no_holders(tmp_path):
    """'涉及水费、票据的为一级风险；涉及采购的为二级风险': levels, no one named — as before."""
    rows = [
        *NOT_HOLDERS,
        ["注：涉及水费、票据的为一级风险；涉及采购的为二级风险；其余为三级风险。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("", "", "水费征收不开票据，截留水费", "Ⅰ级"),
        ("", "", "防汛物资采购以次充好", "Ⅱ级"),
        ("", "", "闸门管护人员考勤造假", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDERS_BY_POINT_WORDS", "HOLDER_POINT_WORDS_UNMATCHED"} & codes(got)


def test_a_note_naming_no_one_is_no_holders(tmp_path):
    """'涉及水费的须集体研究；涉及采购的由所务会研究决定': no post named — as before."""
    rows = [*NOT_HOLDERS, ["注：涉及水费、票据的须集体研究；涉及采购的，由所务会集体负责。"]]
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("", "", "水费征收不开票据，截留水费", "Ⅰ级"),
        ("", "", "防汛物资采购以次充好", "Ⅱ级"),
        ("", "", "闸门管护人员考勤造假", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDERS_BY_POINT_WORDS", "HOLDER_POINT_WORDS_UNMATCHED"} & codes(got)


def test_a_holder_column_keeps_its_holders(tmp_path):
    """A list with its own 责任人 column and the same note under it: the column's holders, the
    note not read as holders."""
    rows = [
        ["某县灌区管理所廉政风险点清单"],
        ["序号", "风险点", "风险等级", "责任岗位", "责任人"],
        [1, "水费征收不开票据，截留水费", "一级", "收费员", "尉迟晗"],
        [2, "防汛物资采购以次充好", "二级", "物资管理员", "訾芃"],
        ["注：涉及水费的，由财务股股长　郦沛霖负责；涉及采购的，由工程股股长　钮砚秋负责。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("收费员", "尉迟晗", "水费征收不开票据，截留水费", "Ⅰ级"),
        ("物资管理员", "訾芃", "防汛物资采购以次充好", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POINT_WORDS" not in codes(got)


def test_the_codes_are_described():
    for code in ("HOLDERS_BY_POINT_WORDS", "HOLDER_POINT_WORDS_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


_R127_LIST = [
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "水费征收不开票据，截留水费", "一级", "收费开具统一票据。"],
    [2, "防汛物资采购以次充好", "二级", "采购验收双人签字。"],
    [3, "工程资金拨付不按进度", "一级", "拨付凭监理进度单。"],
]
_R127_SPLIT = sorted([
    ("出纳", "宓知遥", "水费征收不开票据，截留水费", "Ⅰ级"),
    ("股长", "郦沛霖", "防汛物资采购以次充好", "Ⅱ级"),
    ("股长", "郦沛霖", "工程资金拨付不按进度", "Ⅰ级"),
])  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_a_class_note_above(tmp_path):
    # '…方面的风险由 X 负责' clauses in a line over the list: each point its clause's holder
    # (the line was read as the title's and gave every point to the first post it names)
    rows = [
        ["某县灌区管理所廉政风险点清单"],
        ["水费、票据方面的风险由出纳　宓知遥负责，工程、采购方面的风险由工程股股长　郦沛霖负责。"],
        *_R127_LIST,
    ]
    got = run(tmp_path, rows, ["A1:D1", "A2:D2"])
    assert read(got) == _R127_SPLIT
    no_errors(got)
    assert "HOLDERS_BY_POINT_WORDS" in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_line_of_clauses_is_no_one_post(
    tmp_path,
):
    # a line of several '由…负责' clauses the rule cannot read (a 科室 alone): nobody for all
    rows = [
        ["某县灌区管理所廉政风险点清单"],
        ["水费、票据方面的风险由出纳　宓知遥负责，工程、采购方面的风险由工程股负责。"],
        *_R127_LIST,
    ]
    got = run(tmp_path, rows, ["A1:D1", "A2:D2"])
    assert read(got) == sorted(
        ("", "", r[1], {"一级": "Ⅰ级", "二级": "Ⅱ级"}[r[2]]) for r in _R127_LIST[1:]
    )
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_dash_note_under(tmp_path):
    rows = [
        ["某县灌区管理所廉政风险点清单"],
        *_R127_LIST,
        ["责任分工：水费、票据类风险点——出纳　宓知遥；工程、采购类风险点——工程股股长　郦沛霖。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == _R127_SPLIT
    no_errors(got)
    assert "HOLDERS_BY_POINT_WORDS" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_note_one_clause_a_row(tmp_path):
    rows = [
        ["某县灌区管理所廉政风险点清单"],
        *_R127_LIST,
        ["注：1.涉及水费的，由出纳　宓知遥负责；"],
        ["2.涉及采购的，由工程股股长　郦沛霖负责；"],
        ["3.其余由所长　冼岱峤负责。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("出纳", "宓知遥", "水费征收不开票据，截留水费", "Ⅰ级"),
        ("股长", "郦沛霖", "防汛物资采购以次充好", "Ⅱ级"),
        ("所长", "冼岱峤", "工程资金拨付不按进度", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POINT_WORDS" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_leader_column_is_told(tmp_path):
    # a '责任领导' column beside a list whose holders a note gives: the note's holders, and the
    # column told as not read (the info's '本表没有岗位、责任人列' stays true: a leader is no holder)
    rows = [
        ["某县灌区管理所廉政风险点清单"],
        ["序号", "风险点", "风险等级", "防控措施", "责任领导"],
        [1, "水费征收不开票据，截留水费", "一级", "收费开具统一票据。", "副所长　冼岱峤"],
        [2, "防汛物资采购以次充好", "二级", "采购验收双人签字。", "副所长　冼岱峤"],
        [3, "工程资金拨付不按进度", "一级", "拨付凭监理进度单。", "所长　宓知遥"],
        ["注：涉及水费、票据的，由出纳　宓知遥负责；涉及采购、工程的，由工程股股长　郦沛霖负责。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == _R127_SPLIT
    no_errors(got)
    issues = got.issues
    told = issues[issues["code"] == "HOLDER_LEADER_COLUMN_UNREAD"]
    assert list(told["cell"]) == ["E2"]
    assert "副所长 冼岱峤" in told["message"].iloc[0]
    assert "HOLDERS_BY_POINT_WORDS" in codes(got)


# --- review 127 (d): an adverb before 负责; a numbered class clause ---

CANAL = [
    ["某县灌区管理所廉政风险点清单"],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "水费征收不开票据，截留水费", "一级", "收费开具统一票据。"],
    [2, "防汛物资采购以次充好", "二级", "采购验收双人签字。"],
    [3, "工程资金拨付不按进度", "一级", "拨付凭监理进度单。"],
]
CANAL_WANT = sorted([
    ("出纳", "宓知遥", "水费征收不开票据，截留水费", "Ⅰ级"),
    ("股长", "郦沛霖", "防汛物资采购以次充好", "Ⅱ级"),
    ("股长", "郦沛霖", "工程资金拨付不按进度", "Ⅰ级"),
])  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_an_adverb_before_in_charge(tmp_path):
    """'由出纳　宓知遥具体负责' ('主要', '全面' …): the adverb is no part of the holder — 出纳
    宓知遥, not a post '出纳宓知遥具体' with no one."""
    for i, adv in enumerate(["具体", "主要", "全面"]):
        note = (f"水费、票据方面的风险由出纳　宓知遥{adv}负责，工程、采购方面的风险由工程股股长　"
                f"郦沛霖{adv}负责。")  # fmt: skip
        got = run(tmp_path / str(i), [CANAL[0], [note], *CANAL[1:]])
        assert read(got) == CANAL_WANT, adv
        no_errors(got)
        assert "HOLDERS_BY_POINT_WORDS" in codes(got)
        assert "HOLDER_POINT_WORDS_UNMATCHED" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_numbered_class_clause(tmp_path):
    """'注：1.水费、票据方面的风险由出纳　宓知遥负责；' over '2.工程、采购方面的风险由工程股股长
    郦沛霖负责。' under the list: the clause numbers are no words ('1.水费', '2.工程'), so
    '工程资金拨付不按进度' is 郦沛霖's; so '（1）', '②'."""
    for i, (a, b) in enumerate([("1.", "2."), ("（1）", "（2）"), ("①", "②")]):
        rows = [*CANAL, [f"注：{a}水费、票据方面的风险由出纳　宓知遥负责；"],
                [f"{b}工程、采购方面的风险由工程股股长　郦沛霖负责。"]]  # fmt: skip
        got = run(tmp_path / str(i), rows)
        assert read(got) == CANAL_WANT, a
        no_errors(got)
        assert "HOLDER_POINT_WORDS_UNMATCHED" not in codes(got)
        said = got.issues[got.issues["code"] == "HOLDERS_BY_POINT_WORDS"]
        assert len(said) == 1 and a not in said["message"].iloc[0]
