"""One card printed twice (or three times) down a sheet: the same card under '第一联'/'第二联',
'存根'/'回执' or '一式三份', the copies parted by a cut line ('✂ 沿此线裁开', '- - 沿虚线剪下 - -',
'——————') or a blank row. The later copies are the first one again: they are no second form
of the holder (CARD_COPY_SKIPPED, their rows counted as reported), and a cut line is never
taken into a copy's title or unit. Copies that differ are both read and warned
(CARD_COPIES_DIFFER).

Not the published batch's file (a county's 建设工程质量安全监督站, 站长/质量监督员 … with 高/中/低
under '（第一联　本人留存）' and '✂…沿此线裁开…'): a 疾病预防控制中心 and a 乡镇财政所, other posts,
names and level words (一级/二级, 高风险/中风险/低风险 under '风险程度'), three copies, 存根/回执, post and name
labelled in their cells ('岗位：会计'), an extra 风险类型 column, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "cards.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


UNIT = "XX县疾病预防控制中心"


def cdc_card(copy: str, points: list[tuple[str, str, str]]) -> list[list]:
    rows = [
        [f"{UNIT}岗位廉政风险提示卡"],
        [copy],
        ["姓名", "濮思岚", "岗位", "检验员"],
        ["序号", "风险点", "风险等级", "防控措施"],
    ]
    rows += [[i, p, lv, m] for i, (p, lv, m) in enumerate(points, 1)]
    rows += [["提示人签字：", None, "本人签字：", None]]
    return rows


CDC = [
    ("检验报告出具前擅自更改检测数据", "一级", "检测数据系统自动上传，修改留痕。"),
    ("试剂耗材采购中指定品牌、收受回扣", "二级", "采购纳入政府采购平台，验收双人签字。"),
]
CDC_READ = sorted([
    ("检验员", "濮思岚", "检验报告出具前擅自更改检测数据", "Ⅰ级"),
    ("检验员", "濮思岚", "试剂耗材采购中指定品牌、收受回扣", "Ⅱ级"),
])  # fmt: skip


def test_three_copies_under_dashes_are_read_once(tmp_path):
    rows = cdc_card("（第一联　科室留存）", CDC) + [[], ["————————————————————————"], []]
    rows += cdc_card("（第二联　交纪检组）", CDC) + [
        [],
        ["- - - - - - - - 沿虚线剪下 - - - - - - - -"],
        [],
    ]
    rows += cdc_card("（第三联　交人事科）", CDC)
    got = run(tmp_path, {"濮思岚": rows})
    assert read(got) == CDC_READ
    assert codes(got).count("CARD_COPY_SKIPPED") == 2
    assert set(got.risks["unit"]) == {UNIT}
    no_errors(got)
    c = got.counts()
    assert c["forms"] == 1 and c["rows_seen"] == 6 and c["rows_reported"] == 4, c


FIN = "XX镇财政所"


def fin_card(copy: str, ticks: list[tuple[str, int, str, str]], cut: bool) -> list[list]:
    rows = [[f"{FIN}廉政风险防控卡（{copy}）"], ["岗位：会计", "姓名：郗曼箐"]]
    rows += [["风险点", "风险类型", "风险程度", "防控措施"]]
    for p, lv, t, m in ticks:
        rows.append([p, t, ("高风险", "中风险", "低风险")[lv], m])
    if cut:
        rows += [[], ["✄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄"], []]
    return rows


FIN_POINTS = [
    ("惠农补贴资金发放中虚报冒领、优亲厚友", 0, "岗位职责风险", "补贴名单村级公示，一卡通直发。"),
    ("报销凭证审核把关不严", 1, "制度机制风险", "凭证审核双人复核，月度抽查。"),
    ("接受服务对象宴请", 2, "思想道德风险", "签订廉洁承诺书。"),
]


def test_stub_and_receipt_with_a_type_column(tmp_path):
    rows = fin_card("存根", FIN_POINTS, True) + fin_card("回执", FIN_POINTS, False)
    got = run(tmp_path, {"防控卡": rows}, {"防控卡": ["A1:D1", "A8:D8", "A10:D10"]})
    assert read(got) == sorted([
        ("会计", "郗曼箐", "惠农补贴资金发放中虚报冒领、优亲厚友", "Ⅰ级"),
        ("会计", "郗曼箐", "报销凭证审核把关不严", "Ⅱ级"),
        ("会计", "郗曼箐", "接受服务对象宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "CARD_COPY_SKIPPED" in codes(got)
    assert not any("✄" in u or "┄" in u for u in got.risks["unit"])
    no_errors(got)


def stacked_card(name: str, post: str, copy: str, points: list[tuple[str, str, str]]) -> list[list]:
    rows = [
        [f"{UNIT}廉政风险防控卡　{copy}"],
        [f"姓名：{name}", "科室：免疫规划科", f"岗位：{post}", None],
        ["序号", "风险点", "等级", "措施"],
    ]
    return rows + [[i, p, lv, m] for i, (p, lv, m) in enumerate(points, 1)]


VAC = [
    ("疫苗出入库登记不实，冷链记录补填", "一级", "出入库扫码登记，冷链温度自动记录。"),
    ("接种门诊督导走过场", "三级", "督导结果全中心通报。"),
]


def test_labels_over_values_two_copies_with_no_cut_line(tmp_path):
    rows = stacked_card("龚以宁", "免疫规划员", "第一联", VAC) + [[], []]
    rows += stacked_card("龚以宁", "免疫规划员", "第二联", VAC)
    got = run(tmp_path, {"免疫规划科": rows}, {"免疫规划科": ["A1:D1", "A10:D10"]})
    assert read(got) == sorted([
        ("免疫规划员", "龚以宁", "疫苗出入库登记不实，冷链记录补填", "Ⅰ级"),
        ("免疫规划员", "龚以宁", "接种门诊督导走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert codes(got).count("CARD_COPY_SKIPPED") == 1
    no_errors(got)


def test_copies_that_differ_are_both_read_and_warned(tmp_path):
    changed = [VAC[0], ("接种门诊督导走过场", "二级", VAC[1][2])]
    rows = stacked_card("龚以宁", "免疫规划员", "第一联", VAC) + [[], ["✂沿此线裁开✂"], []]
    rows += stacked_card("龚以宁", "免疫规划员", "第二联", changed)
    got = run(tmp_path, {"免疫规划科": rows}, {"免疫规划科": ["A1:D1", "A12:D12"]})
    assert ("免疫规划员", "龚以宁", "接种门诊督导走过场", "Ⅱ级") in read(got)
    assert ("免疫规划员", "龚以宁", "接种门诊督导走过场", "Ⅲ级") in read(got)
    assert "CARD_COPIES_DIFFER" in codes(got) and "CARD_COPY_SKIPPED" not in codes(got)
    no_errors(got)


# ------------------------------------------------------------------ not this shape: as before


def test_two_peoples_cards_on_one_sheet_are_both_read(tmp_path):
    rows = stacked_card("龚以宁", "免疫规划员", "第一联", VAC) + [[], ["✂沿此线裁开✂"], []]
    rows += stacked_card("訾明澈", "冷链管理员", "第一联", VAC)
    got = run(tmp_path, {"免疫规划科": rows}, {"免疫规划科": ["A1:D1", "A12:D12"]})
    assert read(got) == sorted([
        ("免疫规划员", "龚以宁", "疫苗出入库登记不实，冷链记录补填", "Ⅰ级"),
        ("免疫规划员", "龚以宁", "接种门诊督导走过场", "Ⅲ级"),
        ("冷链管理员", "訾明澈", "疫苗出入库登记不实，冷链记录补填", "Ⅰ级"),
        ("冷链管理员", "訾明澈", "接种门诊督导走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"CARD_COPY_SKIPPED", "CARD_COPIES_DIFFER"} & set(codes(got))
    no_errors(got)


def test_a_list_pasted_page_by_page_keeps_every_row(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [[f"{UNIT}岗位廉政风险点一览表"], head,
            [1, "检验科", "检验员", "濮思岚", CDC[0][0], "一级", CDC[0][2]],
            [2, "检验科", "检验员", "濮思岚", CDC[1][0], "二级", CDC[1][2]],
            ["第1页"], ["- - - - - - - -"], head,
            [3, "检验科", "检验员", "濮思岚", VAC[1][0], "三级", VAC[1][2]],
            [4, "免疫规划科", "免疫规划员", "龚以宁", VAC[0][0], "一级", VAC[0][2]]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1"]})
    assert read(got) == sorted([
        ("检验员", "濮思岚", CDC[0][0], "Ⅰ级"),
        ("检验员", "濮思岚", CDC[1][0], "Ⅱ级"),
        ("检验员", "濮思岚", VAC[1][0], "Ⅲ级"),
        ("免疫规划员", "龚以宁", VAC[0][0], "Ⅰ级"),
    ])  # fmt: skip
    assert not {"CARD_COPY_SKIPPED", "CARD_COPIES_DIFFER"} & set(codes(got))
    no_errors(got)


def test_the_new_codes_are_catalogued():
    for code in ("CARD_COPY_SKIPPED", "CARD_COPIES_DIFFER"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_twenty_seventh_review_found_two_people_titled_apart(tmp_path):
    # two cards whose titles name different people (name cells blank, the same points, each
    # '（第一联）', a dash row between) are two people's cards, no copy
    def card(title: str) -> list[list]:
        return [
            [title],
            ["（第一联）"],
            ["岗位", "检验员", "姓名", None],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "检验报告擅改数据", "一级", "留痕"],
            [2, "采购收受回扣", "二级", "平台采购"],
            ["本人签字：", None],
        ]

    rows = card("濮思岚岗位廉政风险提示卡") + [[], ["----------"], []]
    rows += card("樊清越岗位廉政风险提示卡")
    got = run(tmp_path / "titles", {"卡": rows})
    assert sorted(zip(got.risks["title"], got.risks["risk_point"], got.risks["risk_level"],
                      strict=True)) == sorted([
        ("检验员", "检验报告擅改数据", "Ⅰ级"),
        ("检验员", "采购收受回扣", "Ⅱ级"),
    ] * 2)  # fmt: skip
    assert "CARD_COPY_SKIPPED" not in codes(got)
    assert got.counts()["forms"] == 2
    # a holder field written in the block (its 本人签字 line) naming another person: no copy
    rows = card("检验员岗位廉政风险提示卡") + [[], ["----------"], []]
    rows += card("检验员岗位廉政风险提示卡")
    rows[6] = ["本人签字：濮思岚"]
    rows[-1] = ["本人签字：樊清越"]
    got = run(tmp_path / "signed", {"卡": rows})
    assert "CARD_COPY_SKIPPED" not in codes(got)
    assert got.counts()["forms"] == 2
    # the same title and the same signature under '第一联' and '第二联': a copy, as before
    rows = card("检验员岗位廉政风险提示卡") + [[], ["----------"], []]
    rows += card("检验员岗位廉政风险提示卡")
    rows[-6] = ["（第二联）"]
    rows[6] = rows[-1] = ["本人签字：濮思岚"]
    got = run(tmp_path / "copy", {"卡": rows})
    assert codes(got).count("CARD_COPY_SKIPPED") == 1
    assert got.counts()["forms"] == 1
