"""A list with no holder column keyed by places — a stake along a canal or a road ('桩号 |
2+450', '线路 | 桩号' over 'S308 | K12+300') or the list's own 序号 — and a roster of RANGES of
that key under it ('起止桩号 | 0+000～6+500 | 管理段 | 职务 | 姓名', '序号 | 责任人' over '1—4 |
所长　张三'): each row is the point of the holder whose range holds its key (on its route), a key
on a boundary the range it opens; the roster's rows are no points and no issues.

The layouts here are not the published batch's (a county's 农村公路养护站 with 路线编号 X412/Y205,
工区 and 工区长, '—' ranges under '管养路段责任分工'): an irrigation district's 灌区管理所 with canal
stakes written without 'K' and '～' ranges, a 公路管理段 with two routes merged down its roster and
'至' ranges, a 水文站 whose roster gives 序号 ranges with post and name in one cell, ticks and
★ levels, other posts and names; written with xlsxwriter (tests/helpers.py), read back as
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


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


def test_canal_stakes_of_one_canal_in_ranges_without_k(tmp_path):
    rows = [["XX灌区管理所2025年渠道维修廉政风险排查表"],
            ["序号", "桩号", "维修内容", "廉政风险点", "风险等级", "防控措施"],
            [1, "0+350", "渠道衬砌", "衬砌方量虚报冒领", "一级", "逐段丈量，双人签认。"],
            [2, "4+800", "闸门维修", "配件采购以次充好", "二级", "配件进场验收留样。"],
            [3, "6+500", "渠堤加固", "土方量不实", "二级", "断面实测计量。"],
            [4, "11+020", "清淤", "雇工人数虚报", "三级", "用工实名登记。"],
            [],
            ["渠道分段管理责任"],
            ["起止桩号", "管理段", "职务", "姓名"],
            ["0+000～6+500", "上游管理段", "段长", "濮阳澍岚"],
            ["6+500～12+800", "下游管理段", "段长", "谯霁川"],
            [],
            ["制表：办公室", None, "审核：", None, "2025年5月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A8:D8"])
    assert read(got) == sorted([
        ("段长", "濮阳澍岚", "衬砌方量虚报冒领", "Ⅰ级"),
        ("段长", "濮阳澍岚", "配件采购以次充好", "Ⅱ级"),
        # (6+500 closes the upper section and opens the lower one: the lower's)
        ("段长", "谯霁川", "土方量不实", "Ⅱ级"),
        ("段长", "谯霁川", "雇工人数虚报", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"上游管理段", "下游管理段"}
    said = got.issues[got.issues["code"] == "HOLDERS_BY_RANGES"]
    assert list(said["cell"]) == ["A9"]
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_two_routes_merged_down_the_roster_ranges_with_zhi(tmp_path):
    rows = [["XX公路管理段养护作业廉政风险一览表"],
            ["序号", "线路", "桩号", "作业内容", "风险点", "等级", "防控措施"],
            [1, "S308", "K12+300", "沥青罩面", "罩面厚度不足验收放行", "★★★", "钻芯取样检测。"],
            [2, "S308", "K40+100", "桥梁维修", "维修费用虚高", "★★", "预算经审计审核。"],
            [3, "G244", "K3+000", "路灯更换", "路灯采购拿回扣", "★★★", "公开比选供应商。"],
            [4, "S308", "K25+000", "边坡防护", "工程量签证不实", "★", "签证附影像资料。"],
            [5, "G244", "K8+700", "标线施划", "标线面积多计", "★★", "竣工逐段复测。"],
            [],
            ["管养路段分工"],
            ["线路", "起止桩号", "里程（km）", "养护班组", "职务", "责任人"],
            ["S308", "K0+000至K25+000", "25", "东段养护班", "班长", "宓沄翀"],
            [None, "K25+000至K48+600", "23.6", "西段养护班", "班长", "郗瀚澄"],
            ["G244", "K0+000至K15+200", "15.2", "南段养护班", "班长", "眭琰澈"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A9:F9", "A11:A12"])
    assert read(got) == sorted([
        ("班长", "宓沄翀", "罩面厚度不足验收放行", "Ⅰ级"),
        ("班长", "郗瀚澄", "维修费用虚高", "Ⅱ级"),
        ("班长", "郗瀚澄", "工程量签证不实", "Ⅲ级"),  # (K25+000 opens the western section)
        ("班长", "眭琰澈", "路灯采购拿回扣", "Ⅰ级"),
        ("班长", "眭琰澈", "标线面积多计", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_RANGES" in codes(got)
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_number_ranges_with_post_and_name_in_one_cell_and_a_key_in_none(tmp_path):
    rows = [["XX水文站廉政风险防控清单"],
            ["序号", "业务环节", "廉政风险点", "风险等级", "防控措施"],
            [1, "水文测验", "测验数据人为修改", "高", "原始记录双人复核。"],
            [2, "设备采购", "采购指定品牌", "高", "三家比价，集体研究。"],
            [3, "资料整编", "收费提供资料不开票", "中", "统一开具票据。"],
            [4, "车辆管理", "公车私用", "低", "出车登记审批。"],
            [5, "经费报销", "虚开发票报销", "高", "报销凭证逐张审核。"],
            [6, "值班管理", "值班脱岗", "低", "值班抽查通报。"],
            [7, "档案借阅", "档案借阅不登记", "低", "借阅登记。"],
            [],
            ["责任分工"],
            ["序号", "责任人"],
            ["1-4", "站长　闾蘅湉"],
            ["5—6", "副站长　瞿望川"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "闾蘅湉", "测验数据人为修改", "Ⅰ级"),
        ("站长", "闾蘅湉", "采购指定品牌", "Ⅰ级"),
        ("站长", "闾蘅湉", "收费提供资料不开票", "Ⅱ级"),
        ("站长", "闾蘅湉", "公车私用", "Ⅲ级"),
        ("副站长", "瞿望川", "虚开发票报销", "Ⅰ级"),
        ("副站长", "瞿望川", "值班脱岗", "Ⅲ级"),
        ("", "", "档案借阅不登记", "Ⅲ级"),  # (7 in no range: as read, a warning)
    ])  # fmt: skip
    missed = got.issues[got.issues["code"] == "HOLDER_RANGE_UNMATCHED"]
    assert list(missed["cell"]) == ["A9"]
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_a_list_with_stakes_and_no_roster_stays_holderless(tmp_path):
    rows = [["XX公路管理段养护作业廉政风险一览表"],
            ["序号", "桩号", "作业内容", "风险点", "等级", "防控措施"],
            [1, "K12+300", "沥青罩面", "罩面厚度不足验收放行", "高", "钻芯取样检测。"],
            [2, "K40+100", "桥梁维修", "维修费用虚高", "中", "预算经审计审核。"],
            [3, "K3+000", "路灯更换", "路灯采购拿回扣", "高", "公开比选供应商。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "", "罩面厚度不足验收放行", "Ⅰ级"),
        ("", "", "维修费用虚高", "Ⅱ级"),
        ("", "", "路灯采购拿回扣", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED"} & codes(got)


def test_a_roster_of_month_ranges_is_no_roster_of_places(tmp_path):
    # '1月—3月 | 张三' under a list of 序号: the months are no range of its numbers, as today
    rows = [["XX水文站廉政风险防控清单"],
            ["序号", "业务环节", "廉政风险点", "风险等级", "防控措施"],
            [1, "水文测验", "测验数据人为修改", "高", "原始记录双人复核。"],
            [2, "设备采购", "采购指定品牌", "中", "三家比价，集体研究。"],
            [3, "车辆管理", "公车私用", "低", "出车登记审批。"],
            [],
            ["值班安排"],
            ["时段", "责任人"],
            ["1月—3月", "站长　闾蘅湉"],
            ["4月—6月", "副站长　瞿望川"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert not {"HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED"} & codes(got)
    assert {p for _t, p, _x, _l in read(got)} == {""}
    assert {x for _t, _p, x, _l in read(got)} >= {"测验数据人为修改", "采购指定品牌", "公车私用"}


# the ninetieth review: a key in two ranges is ambiguous (ranges of two routes the list does not
# choose between, or overlapping ranges), no holder and a warning at its cell; a roster of dates
# or turns (起止日期, 值班) is no roster of places


def test_the_ambiguity_code_is_catalogued():
    assert "HOLDER_RANGE_AMBIGUOUS" in CATALOGUE and "HOLDER_RANGE_AMBIGUOUS" in SHORT


def test_what_the_ninetieth_review_found_two_routes_and_no_route_column(tmp_path):
    # the roster covers X412 and Y205, the list names no route: K5+000 and K3+500 lie in both
    rows = [["XX农村公路养护站廉政风险排查表"],
            ["序号", "桩号", "作业内容", "廉政风险点", "风险等级", "防控措施"],
            [1, "K5+000", "坑槽修补", "修补面积虚报", "中", "逐处丈量。"],
            [2, "K12+000", "路肩整修", "用工虚报", "低", "实名登记。"],
            [3, "K3+500", "涵洞清淤", "清淤方量不实", "中", "断面实测。"],
            [],
            ["管养路段责任分工"],
            ["路线编号", "起止桩号", "工区", "职务", "姓名"],
            ["X412", "K0+000—K18+600", "一工区", "工区长", "宓沄翀"],
            ["Y205", "K0+000—K9+000", "二工区", "工区长", "郗瀚澄"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:E7"])
    assert read(got) == sorted([
        ("", "", "修补面积虚报", "Ⅱ级"),  # (in X412's range and in Y205's: ambiguous)
        ("工区长", "宓沄翀", "用工虚报", "Ⅲ级"),  # (only X412 reaches K12+000)
        ("", "", "清淤方量不实", "Ⅱ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "HOLDER_RANGE_AMBIGUOUS"]
    assert list(warned["cell"]) == ["B3", "B5"]
    assert all("宓沄翀" in m and "郗瀚澄" in m for m in warned["message"])
    assert "HOLDERS_BY_RANGES" in codes(got)
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_what_the_ninetieth_review_found_two_routes_boundary_without_route(tmp_path):
    # ranges of two routes meeting at K9+000 and no route in the list: K9+000 is either route's
    rows = [["XX农村公路养护站廉政风险排查表"],
            ["序号", "桩号", "作业内容", "廉政风险点", "风险等级", "防控措施"],
            [1, "K2+000", "坑槽修补", "修补面积虚报", "中", "逐处丈量。"],
            [2, "K9+000", "路肩整修", "用工虚报", "低", "实名登记。"],
            [3, "K14+000", "涵洞清淤", "清淤方量不实", "中", "断面实测。"],
            [],
            ["路线", "起止桩号", "工区", "职务", "姓名"],
            ["X412", "K0+000—K9+000", "一工区", "工区长", "宓沄翀"],
            ["Y205", "K9+000—K20+000", "二工区", "工区长", "郗瀚澄"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("工区长", "宓沄翀", "修补面积虚报", "Ⅱ级"),
        ("", "", "用工虚报", "Ⅲ级"),
        ("工区长", "郗瀚澄", "清淤方量不实", "Ⅱ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "HOLDER_RANGE_AMBIGUOUS"]
    assert list(warned["cell"]) == ["B4"]
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_what_the_ninetieth_review_found_overlapping_number_ranges(tmp_path):
    # '1-4' and '3—5': 3 and 4 lie in both (warned, no holder); 1, 2 and 5 in one each
    rows = [["XX水文站廉政风险防控清单"],
            ["序号", "业务环节", "廉政风险点", "风险等级", "防控措施"],
            [1, "水文测验", "测验数据人为修改", "高", "原始记录双人复核。"],
            [2, "设备采购", "采购指定品牌", "高", "三家比价，集体研究。"],
            [3, "资料整编", "收费提供资料不开票", "中", "统一开具票据。"],
            [4, "车辆管理", "公车私用", "低", "出车登记审批。"],
            [5, "经费报销", "虚开发票报销", "高", "报销凭证逐张审核。"],
            [],
            ["责任分工"],
            ["序号", "责任人"],
            ["1-4", "站长　闾蘅湉"],
            ["3—5", "副站长　瞿望川"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "闾蘅湉", "测验数据人为修改", "Ⅰ级"),
        ("站长", "闾蘅湉", "采购指定品牌", "Ⅰ级"),
        ("", "", "收费提供资料不开票", "Ⅱ级"),
        ("", "", "公车私用", "Ⅲ级"),
        ("副站长", "瞿望川", "虚开发票报销", "Ⅰ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "HOLDER_RANGE_AMBIGUOUS"]
    assert list(warned["cell"]) == ["A5", "A6"]
    assert list(warned["value"]) == ["3", "4"]
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_what_the_ninetieth_review_found_adjacent_ranges_share_a_boundary_as_before(tmp_path):
    # '1—3' and '3—5' of one roster: 3 is the range it opens, no warning (as the rule had it)
    rows = [["XX水文站廉政风险防控清单"],
            ["序号", "业务环节", "廉政风险点", "风险等级", "防控措施"],
            [1, "水文测验", "测验数据人为修改", "高", "原始记录双人复核。"],
            [3, "资料整编", "收费提供资料不开票", "中", "统一开具票据。"],
            [5, "经费报销", "虚开发票报销", "高", "报销凭证逐张审核。"],
            [],
            ["序号", "责任人"],
            ["1—3", "站长　闾蘅湉"],
            ["3—5", "副站长　瞿望川"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "闾蘅湉", "测验数据人为修改", "Ⅰ级"),
        ("副站长", "瞿望川", "收费提供资料不开票", "Ⅱ级"),
        ("副站长", "瞿望川", "虚开发票报销", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_RANGE_AMBIGUOUS" not in codes(got)


def test_what_the_ninetieth_review_found_a_duty_roster_by_dates_is_no_roster(tmp_path):
    # '序号 | 文号' over 2023-15 and a '值班安排' of '序号 | 起止日期 | 值班领导 | 姓名' under it:
    # the duty leaders hold no points (the roster's rows read as before the rule: reported)
    rows = [["XX局廉政风险防控清单"],
            ["序号", "文号", "业务事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "2023-15", "行政审批", "超时限审批", "高", "限时办结。"],
            [2, "2023-16", "项目资金", "资金拨付不及时", "中", "按进度拨付。"],
            [3, "2023-17", "公务接待", "超标准接待", "低", "公函管理。"],
            [],
            ["值班安排"],
            ["序号", "起止日期", "值班领导", "姓名"],
            ["1—2", "2023-01—2023-06", "副局长", "宓沄翀"],
            ["3", "2023-07—2023-12", "副局长", "郗瀚澄"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:D7"])
    points = {"超时限审批", "资金拨付不及时", "超标准接待"}
    assert [x for x in read(got) if x[2] in points] == sorted([
        ("", "", "超时限审批", "Ⅰ级"),
        ("", "", "资金拨付不及时", "Ⅱ级"),
        ("", "", "超标准接待", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED", "HOLDER_RANGE_AMBIGUOUS"} & codes(
        got
    )
    assert set(got.risks["person"]) == {""}
    # (the roster's rows are not dropped silently: read as rows with errors as before the rule,
    # or reported as a table of another kind)
    told = " ".join([*got.risks["risk_point"], *got.issues["message"]])
    assert "宓沄翀" in told and "郗瀚澄" in told
