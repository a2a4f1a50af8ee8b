"""A list of one row a point with no 科室, 岗位 or 姓名 column, whose 编号 opens with a holder's key
of one or two letters or characters glued to the number ('A1', '戊2', '三-1', '综合3') and a
legend line under or above the list keys each key to a holder ('注：A=站长　某某；B=…',
'甲为…', '一：…'): each row is that holder's point (one form a holder), the legend no point and
no stray line. A 编号 whose prefix all rows share ('FX-01'), keys with no legend and an ordinary
序号 stay as read.

Not the published batch's list (a 粮食购销公司's 夏粮收购 清单 with 天干 keys 甲乙丙丁, 高/中/低 and a
``说明：编号首字为责任人代号：甲—…`` line under it): a 自来水公司, a 乡镇 林业站 and a 县 档案馆, other
posts, names, keys (letters, Chinese numerals, 戊己庚), level words (一级…, ★★★, Ⅰ级…), legends
above or under, one or two heading rows and an extra 风险类型 column, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


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


def test_letter_keys_under_sections_and_a_legend_line_under_the_list(tmp_path):
    rows = [["XX县自来水公司廉洁风险点排查表"],
            ["风险编号", "风险点描述", "风险等级", "防控措施"],
            ["（一）供水报装"],
            ["B1", "报装审批设卡刁难、索要好处", "一级", "报装流程网上公开，限时办结"],
            ["A1", "指定施工队伍承揽用户工程", "一级", "用户自主选择施工单位"],
            ["（二）水费收缴"],
            ["C1", "收取水费不开票据，截留水费", "二级", "推行线上缴费，日清日结"],
            ["B2", "违规减免水费、违规销户", "二级", "减免集体研究并公示"],
            ["C2", "抄表估抄、人情抄表", "三级", "定期轮换抄表片区"],
            ["注：A=总经理　邝沁岚；B=营业科　科长　湛韫珂；C=营业科　抄收员　隗澍棠。"],
            ["填表：营业科", None, "审核：", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A6:D6", "A10:D10"])
    assert read(got) == sorted([
        ("总经理", "邝沁岚", "指定施工队伍承揽用户工程", "Ⅰ级"),
        ("科长", "湛韫珂", "报装审批设卡刁难、索要好处", "Ⅰ级"),
        ("科长", "湛韫珂", "违规减免水费、违规销户", "Ⅱ级"),
        ("抄收员", "隗澍棠", "收取水费不开票据，截留水费", "Ⅱ级"),
        ("抄收员", "隗澍棠", "抄表估抄、人情抄表", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r.loc[r["person"] == "隗澍棠", "department"]) == {"营业科"}
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDER_NUMBERS_IN_CODES"]
    assert list(said["cell"]) == ["A10"]
    assert not {"ROW_UNPLACED", "ROW_STRAY", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
    no_errors(got)


def test_chinese_numeral_keys_with_dashes_and_a_legend_above(tmp_path):
    # the legend above the heading, '为' as the link; 编号 '一-1' with a dash; ★ levels
    rows = [["XX镇林业站岗位廉政风险防控清单"],
            ["编号说明：编号首字为岗位代号，一为站长　骞翊涵，二为林政股　护林员　鄢霁晨。"],
            ["编号", "风险点", "风险等级", "防控措施"],
            ["一-1", "林木采伐许可审核把关不严", "★★★", "采伐许可集体审核、公示"],
            ["二-1", "巡山护林走过场，发现盗伐不报", "★★", "巡护轨迹定位上传"],
            ["一-2", "生态护林员选聘优亲厚友", "★★", "选聘结果公示并接受监督"],
            ["二-2", "收受木材经营户好处放行", "★★★", "木材运输检查双人在场"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:D2"])
    assert read(got) == sorted([
        ("站长", "骞翊涵", "林木采伐许可审核把关不严", "Ⅰ级"),
        ("站长", "骞翊涵", "生态护林员选聘优亲厚友", "Ⅱ级"),
        ("护林员", "鄢霁晨", "巡山护林走过场，发现盗伐不报", "Ⅱ级"),
        ("护林员", "鄢霁晨", "收受木材经营户好处放行", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_NUMBERS_IN_CODES" in codes(got)
    assert not {"ROW_UNPLACED", "ROW_STRAY", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
    no_errors(got)


def test_two_heading_rows_a_type_column_and_a_key_the_legend_lacks(tmp_path):
    # two heading rows (风险点 merged over 风险类型 | 风险描述), keys 戊己庚 with '：', and a key
    # 辛 the legend lacks: its row stays as read with a warning naming its cell
    rows = [["XX县档案馆廉政风险点登记表"],
            ["编号", "风险点", None, "风险等级", "防控措施"],
            [None, "风险类型", "风险描述", None, None],
            ["戊1", "履职风险", "档案查阅利用不登记、不审批", "Ⅱ级", "查阅实行登记审批"],
            ["己1", "廉洁风险", "档案数字化外包项目指定承接方", "Ⅰ级", "外包项目公开采购"],
            ["庚1", "履职风险", "档案鉴定销毁未经集体研究", "Ⅰ级", "销毁经鉴定小组集体研究"],
            ["己2", "廉洁风险", "收受外包服务商礼品礼金", "Ⅱ级", "签订廉洁承诺书"],
            ["辛1", "履职风险", "库房钥匙管理混乱", "Ⅲ级", "钥匙双人分管"],
            ["说明：编号首字为责任人代号。戊：馆长　祁昀珩；己：办公室　主任　尉迟霈；庚：业务科　科长　覃澜沁"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "A9:E9"])
    assert read(got) == sorted([
        ("馆长", "祁昀珩", "档案查阅利用不登记、不审批", "Ⅱ级"),
        ("主任", "尉迟霈", "档案数字化外包项目指定承接方", "Ⅰ级"),
        ("主任", "尉迟霈", "收受外包服务商礼品礼金", "Ⅱ级"),
        ("科长", "覃澜沁", "档案鉴定销毁未经集体研究", "Ⅰ级"),
        ("", "", "库房钥匙管理混乱", "Ⅲ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "HOLDER_NUMBER_UNDEFINED"]
    assert list(warned["cell"]) == ["A8"] and list(warned["value"]) == ["辛"]
    assert "HOLDER_NUMBERS_IN_CODES" in codes(got)
    no_errors(got)


def test_a_prefix_all_rows_share_is_no_key(tmp_path):
    # 'FX-01', 'FX-02': a code of the list, not a holder's key, even with a 注 line of dashes
    rows = [["XX县自来水公司廉洁风险点排查表"],
            ["风险编号", "风险点描述", "风险等级", "防控措施"],
            ["FX-01", "报装审批设卡刁难", "一级", "限时办结"],
            ["FX-02", "收取水费不开票据", "二级", "日清日结"],
            ["FX-03", "抄表估抄、人情抄表", "三级", "轮换片区"],
            ["注：FX—风险，编码按排查顺序编排。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("", "", "报装审批设卡刁难", "Ⅰ级"),
        ("", "", "收取水费不开票据", "Ⅱ级"),
        ("", "", "抄表估抄、人情抄表", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDER_NUMBERS_IN_CODES", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
    no_errors(got)


def test_keyed_codes_without_a_legend_and_an_ordinary_number_stay_as_read(tmp_path):
    # '戊1', '己1' with no legend of the keys: as read, no warning
    rows = [["XX县档案馆廉政风险点登记表"],
            ["编号", "风险点", "风险等级", "防控措施"],
            ["戊1", "档案查阅利用不登记", "Ⅱ级", "查阅登记审批"],
            ["己1", "外包项目指定承接方", "Ⅰ级", "公开采购"],
            ["己2", "收受服务商礼品礼金", "Ⅱ级", "廉洁承诺"],
            ["说明：风险等级分Ⅰ级、Ⅱ级、Ⅲ级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("", "", "档案查阅利用不登记", "Ⅱ级"),
        ("", "", "外包项目指定承接方", "Ⅰ级"),
        ("", "", "收受服务商礼品礼金", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDER_NUMBERS_IN_CODES", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
    no_errors(got)
    # an ordinary 序号 with a legend line of levels: as read
    rows = [["XX镇林业站岗位廉政风险防控清单"],
            ["序号", "风险点", "风险等级", "防控措施"],
            ["1", "林木采伐许可审核把关不严", "★★★", "集体审核"],
            ["2", "巡山护林走过场", "★★", "轨迹上传"],
            ["注：★★★—高风险；★★—中风险；★—低风险。"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:D1", "A5:D5"])
    assert read(got) == sorted([
        ("", "", "林木采伐许可审核把关不严", "Ⅰ级"),
        ("", "", "巡山护林走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDER_NUMBERS_IN_CODES", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
    no_errors(got)
