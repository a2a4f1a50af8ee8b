"""A list that applies to no one in the unit, kept on the same sheet (or in the same file) as the
unit's own list: an upper-level reference catalogue the office pasted to look its points up
against ('附：市市场监管系统岗位廉政风险点参考清单（仅供参考）'), a sample ('说明：以下为上级印发的填报
示例，不作为本单位风险点'), or one a note right under it names so ('注：以上为县纪委监委参考目录，供对照
查找'). Its rows are no one's points (its 岗位类别 no posts): one info (``TABLE_REFERENCE_SKIPPED``)
naming the caption and the rows skipped, counted as reported. Only with a list of the unit's own
beside it (above or below, or on another sheet: that sheet then set aside, ``SHEET_SET_ASIDE``);
a file whose only list is so captioned is read as before, with a warning
(``TABLE_REFERENCE_ALONE``), so nothing is lost silently.

Not the published batch's file (batch902: a 审计局's 一览表 under a 纪委监委 catalogue captioned
'一、…参考目录（供对照查找，不作为本单位风险点）', headed '参考风险点 | 参考等级', rows by
领导岗位/中层岗位/一般岗位): a county 市场监督管理局's list with its own posts, names and level words
(★★★/★★/★, 一级/二级/三级), the catalogue's rows by 决策层/管理层/执行层, above or below the own list,
headed like it or with fewer columns, told by a caption, a note above or a note under. Near misses
read as before: '参考风险点 | 参考等级' headings with no caption, and a list made after a catalogue
('（参照县纪委监委参考目录制定）', '注：以上风险点对照上级参考目录查找').
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def of(got, code: str) -> list[dict]:
    i = got.issues
    return i[i["code"] == code].to_dict("records")


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = ["县市场监督管理局岗位廉政风险防控一览表"]
HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
OWN = [
    [1, "局长", "亓澈萦", "特种设备许可审批中打招呼、递条子", "★★★", "审批事项集体研究，全程留痕。"],
    [2, "副局长", "阚湉玥", "食品安全抽检结果通报前泄露", "★★", "抽检结果专人保管，按时公开。"],
    [3, "稽查大队长", "亓珩骁", "对举报线索压案不查、降格处理", "★★★", "线索登记台账，按月对账销号。"],
    [4, "登记注册员", "阚霁澄", "企业登记材料把关不严、违规代办", "★", "登记材料双人复核，禁止代办。"],
]  # fmt: skip
OWN_READ = sorted(
    [
        ("局长", "亓澈萦", "特种设备许可审批中打招呼、递条子", "Ⅰ级"),
        ("副局长", "阚湉玥", "食品安全抽检结果通报前泄露", "Ⅱ级"),
        ("稽查大队长", "亓珩骁", "对举报线索压案不查、降格处理", "Ⅰ级"),
        ("登记注册员", "阚霁澄", "企业登记材料把关不严、违规代办", "Ⅲ级"),
    ]
)
REF = [
    [1, "决策层", "重大执法决定不经法制审核", "★★★", "重大执法决定法制审核全覆盖。"],
    [2, "决策层", "干预下级案件办理", "★★★", "领导干部干预案件登记报告。"],
    [3, "管理层", "行政处罚自由裁量畸轻畸重", "★★", "执行自由裁量基准。"],
    [4, "执行层", "检查中接受经营者宴请", "★★", "检查两人以上同行，执法记录仪全程记录。"],
    [5, "执行层", "随意公开企业商业秘密", "★", "信息公开前保密审查。"],
]  # fmt: skip
REF_POINTS = {r[2] for r in REF}


def _catalogue(head: list, rows: list[list], width: int = 6) -> list[list]:
    """The catalogue's rows under ``head``, one column fewer when ``width`` is 5 (no 姓名)."""
    if width == 6:
        return [head, *[[n, kind, None, point, lv, m] for n, kind, point, lv, m in rows]]
    return [head, *rows]


def test_the_codes_are_catalogued():
    for code in ("TABLE_REFERENCE_SKIPPED", "TABLE_REFERENCE_ALONE"):
        assert code in CATALOGUE and code in SHORT


def test_catalogue_under_the_own_list_headed_like_it_is_skipped(tmp_path):
    """Below the own list, its heading the same words: the caption keeps it apart (no repeated
    header of one table) and sets it aside."""
    caption = "附：市市场监管系统岗位廉政风险点参考清单（仅供参考）"
    rows = [TITLE, HEAD, *OWN, [], [caption], *_catalogue(HEAD, REF)]
    got = run(tmp_path, {"一览表": rows})
    assert read(got) == OWN_READ
    no_errors(got)
    (one,) = of(got, "TABLE_REFERENCE_SKIPPED")
    assert one["cell"] == "A8" and "5 行" in one["message"] and caption in one["message"], one
    assert not set(got.risks["risk_point"]) & REF_POINTS
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 9, c


def test_sample_above_told_by_a_note_with_fewer_columns_is_skipped(tmp_path):
    """Above the own list, five columns of its own ('岗位层级 | 风险点 | 等级'), a '说明：以下为…示例'
    line over it and a numbered caption over the own list."""
    head = ["序号", "岗位层级", "风险点", "等级", "防控措施"]
    levels = {"★★★": "一级", "★★": "二级", "★": "三级"}
    own = [[n, p, w, pt, levels[lv], m] for n, p, w, pt, lv, m in OWN]
    rows = [
        TITLE,
        ["说明：以下为上级印发的填报示例，不作为本单位风险点"],
        *_catalogue(head, [[n, k, pt, levels[lv], m] for n, k, pt, lv, m in REF], 5),
        [],
        ["二、本局岗位廉政风险点"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        *own,
    ]
    got = run(tmp_path, {"清单": rows})
    assert read(got) == OWN_READ
    no_errors(got)
    (one,) = of(got, "TABLE_REFERENCE_SKIPPED")
    assert one["cell"] == "A2" and "5 行" in one["message"], one


def test_catalogue_told_by_a_note_under_it_is_skipped(tmp_path):
    """No caption over it (a bare '附表'), a note right under it pointing up: '注：以上为县纪委监委
    参考目录，供对照查找'."""
    rows = [
        TITLE,
        HEAD,
        *OWN,
        [],
        ["附表"],
        *_catalogue(["序号", "岗位类别", "风险点", "风险等级", "防控措施"], REF, 5),
        ["注：以上为县纪委监委参考目录，供对照查找"],
    ]
    got = run(tmp_path, {"一览表": rows})
    assert read(got) == OWN_READ
    no_errors(got)
    (one,) = of(got, "TABLE_REFERENCE_SKIPPED")
    assert one["cell"] == "A15" and "5 行" in one["message"], one


def test_catalogue_on_its_own_sheet_beside_the_own_list_is_set_aside(tmp_path):
    sheets = {
        "参考目录": [
            ["县纪委监委市场监管系统廉政风险点参考目录（供对照，不作为本单位风险点）"],
            *_catalogue(["序号", "岗位类别", "风险点", "风险等级", "防控措施"], REF, 5),
        ],
        "本局": [TITLE, HEAD, *OWN],
    }
    got = run(tmp_path, sheets)
    assert read(got) == OWN_READ
    no_errors(got)
    (aside,) = of(got, "SHEET_SET_ASIDE")
    assert aside["source_sheet"] == "参考目录", aside


def test_catalogue_alone_is_read_as_before_with_a_warning(tmp_path):
    caption = "附件：市场监管系统岗位廉政风险点参考清单（仅供参考）"
    rows = [[caption], *_catalogue(["序号", "岗位", "风险点", "风险等级", "防控措施"], REF, 5)]
    got = run(tmp_path, {"Sheet1": rows})
    assert set(got.risks["risk_point"]) == REF_POINTS
    assert not of(got, "TABLE_REFERENCE_SKIPPED")
    (one,) = of(got, "TABLE_REFERENCE_ALONE")
    assert one["severity"] == "warning" and one["cell"] == "A1", one


def test_reference_headings_with_no_caption_are_read_as_before(tmp_path):
    """'参考风险点 | 参考等级' as the headings of the only list, and a plain title: no reference."""
    head = ["序号", "岗位", "姓名", "参考风险点", "参考等级", "防控措施"]
    rows = [TITLE, head, *OWN]
    got = run(tmp_path, {"一览表": rows})
    assert read(got) == OWN_READ
    assert not of(got, "TABLE_REFERENCE_SKIPPED") and not of(got, "TABLE_REFERENCE_ALONE")


def test_a_list_made_after_a_catalogue_is_the_units_own(tmp_path):
    """'（参照县纪委监委参考目录制定）' over the list and '注：以上风险点对照上级参考目录查找' under it,
    a second part of the list below: every row read, no reference."""
    first, second = (
        OWN[:2],
        [[n, *r] for n, r in zip((1, 2), (x[1:] for x in OWN[2:]), strict=True)],
    )
    rows = [
        ["一、局机关岗位廉政风险点（参照县纪委监委参考目录制定）"],
        HEAD,
        *first,
        ["注：以上风险点对照上级参考目录查找"],
        [],
        ["二、稽查大队和登记窗口（参考上级清单梳理）"],
        HEAD,
        *second,
    ]
    got = run(tmp_path, {"一览表": rows})
    assert read(got) == OWN_READ
    no_errors(got)
    assert not of(got, "TABLE_REFERENCE_SKIPPED") and not of(got, "TABLE_REFERENCE_ALONE")


def test_what_the_hundred_and_twenty_ninth_review_found_a_named_list_is_the_units_own(tmp_path):
    """A list whose rows name holders of the unit is no one's list in no reading: it applies to
    them. Captioned '二、稽查大队和登记窗口岗位风险点（供对照）' or '…参考表' under the first part, or
    the first part's note '注：以上风险点仅供参考，各股室可结合实际补充' over the second: every part
    was the unit's own, yet the captioned (or noted) part was skipped as a catalogue, its named
    holders' points lost. The judgement: a coordinator would rather read a list that names the
    unit's people (as before the rule, no reference warning either) than lose it; a catalogue or
    sample names no one (its 姓名 blank or a placeholder '张三', 'XXX')."""
    first = OWN[:2]
    second = [[n, *x[1:]] for n, x in zip((1, 2), OWN[2:], strict=True)]
    for caption in (
        "二、稽查大队和登记窗口岗位风险点（供对照）",
        "二、稽查大队和登记窗口风险点参考表",
    ):
        rows = [TITLE, ["一、局领导"], HEAD, *first, [], [caption], HEAD, *second]
        got = run(tmp_path / caption[-4:], {"一览表": rows})
        assert read(got) == OWN_READ, caption
        no_errors(got)
        assert not of(got, "TABLE_REFERENCE_SKIPPED") and not of(got, "TABLE_REFERENCE_ALONE")
    rows = [
        TITLE,
        HEAD,
        *first,
        ["注：以上风险点仅供参考，各股室可结合实际补充"],
        [],
        ["二、稽查大队和登记窗口"],
        HEAD,
        *second,
    ]
    got = run(tmp_path / "note", {"一览表": rows})
    assert read(got) == OWN_READ
    assert not of(got, "TABLE_REFERENCE_SKIPPED") and not of(got, "TABLE_REFERENCE_ALONE")


def test_what_the_hundred_and_twenty_ninth_review_found_a_named_list_on_its_own_sheet(tmp_path):
    """A second sheet '股室' of the unit's own list captioned '股室岗位廉政风险点清单（供对照）'
    naming its holders, beside the leaders' sheet: it had been set aside as a catalogue's sheet
    (SHEET_SET_ASIDE), its points lost; read as the unit's own now."""
    sheets = {
        "局领导": [TITLE, HEAD, *OWN[:2]],
        "股室": [["股室岗位廉政风险点清单（供对照）"], HEAD, *OWN[2:]],
    }
    got = run(tmp_path, sheets)
    assert read(got) == OWN_READ
    assert not of(got, "SHEET_SET_ASIDE") and not of(got, "TABLE_REFERENCE_ALONE")


def test_a_sample_naming_placeholder_holders_is_still_skipped(tmp_path):
    """A '填表示例' naming its holder '张三' / 'XXX' (a placeholder, no one) beside the own list is
    still skipped: the named-holder gate of the review above takes real names only."""
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    sample = [[1, "科员", "张三", "示例风险点甲", "★", "示例措施甲。"],
              [2, "科长", "XXX", "示例风险点乙", "★★", "示例措施乙。"]]  # fmt: skip
    rows = [
        TITLE,
        ["填表示例（不作为本单位风险点）"],
        head,
        *sample,
        [],
        ["二、本局岗位风险点"],
        HEAD,
        *OWN,
    ]
    got = run(tmp_path, {"一览表": rows})
    assert read(got) == OWN_READ
    (one,) = of(got, "TABLE_REFERENCE_SKIPPED")
    assert "2 行" in one["message"], one


def test_what_the_hundred_and_twenty_ninth_review_found_the_templates_title_kept(tmp_path):
    """'附件2：岗位廉政风险点排查表（样表）' — the title of the template the unit was sent, kept over
    the list it filled in (post by post, no names): the form's name, not a sample of no one's.
    It had set aside the filled sheet beside the unit's other sheet (SHEET_SET_ASIDE, its points
    lost), skipped the first part under it on one sheet, and warned a sole list so titled. Read as
    before the rule now, with no reference issue; '填报示例' or '（样表）' over a table that says
    nothing more stays a sample only where its words say so apart from the form's name."""
    head = ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"]
    posts = [[n, p, pt, lv, m] for n, p, _w, pt, lv, m in OWN]
    title = ["附件2：岗位廉政风险点排查表（样表）"]
    for i, sheets in enumerate(
        (
            {"机关": [title, head, *posts[:2]], "稽查大队": [TITLE, head, *posts[2:]]},
            {
                "一览表": [
                    title,
                    ["一、局机关"],
                    head,
                    *posts[:2],
                    [],
                    ["二、稽查大队"],
                    head,
                    *posts[2:],
                ]
            },
            {"一览表": [title, head, *posts]},
        )
    ):
        got = run(tmp_path / str(i), sheets)
        assert sorted(got.risks["risk_point"]) == sorted(x[3] for x in OWN), i
        for code in ("SHEET_SET_ASIDE", "TABLE_REFERENCE_SKIPPED", "TABLE_REFERENCE_ALONE"):
            assert not of(got, code), (i, code)
