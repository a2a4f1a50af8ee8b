"""A project's responsibility table whose 责任单位及责任人 (责任主体, 参建单位及责任人) band stands
over the parties to the project ('建设单位（…）' | '施工单位' | '监理单位', 项目法人, 业主单位, 设计单位,
代建单位 …): only the column of the reporting unit itself holds the rows' points (its cells
'post⏎name', 'post name'); the outside firms' 项目经理 and 总监 are data of the row, never holders
and never a 科室. The unit's column is the one whose brackets name it (as the title or the
填报单位 line does, or '本单位'), else a bare 建设单位 (业主, 项目法人) when the lines above name no
firm; none told apart: a warning, and no party's cells are taken for a holder or a 科室.

Not the published batch's file (a 县农村公路管理所's 农村公路建设项目 table, 建设单位 | 施工单位 | 监理单位,
post⏎name, 高/中/低): here a 水利工程建设管理站's 除险加固 project under 参建单位及责任人 with four
parties (项目法人 first, its name on one long line), a 镇's 村级道路 works under 责任主体 with
业主单位（本单位）| 承建单位 and 'post name' on one line, ★★★ and an extra 备注 column, a
所's table with a bare 建设单位 beside 代建单位 and 监理单位, a contractor's own table (its 施工单位
column its own), other posts, names and level words, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

NL = "\n"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"责任表": rows}, {"责任表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


def said(got, code: str) -> list[str]:
    i = got.issues
    return list(i[i["code"] == code]["value"])


def test_four_parties_the_project_legal_person_named_on_one_long_line(tmp_path):
    # 参建单位及责任人 over 项目法人（unit）| 设计单位 | 施工单位（中标单位）| 监理单位; the firms'
    # people merged over the project's rows; one-line bracket longer than a short sub-heading
    rows = [["岚县水利工程建设管理站小型水库除险加固项目廉政风险防控责任表"],
            ["填报单位：岚县水利工程建设管理站", None, None, None, None, None, None, None, "2025年6月"],
            ["序号", "项目名称", "风险环节", "廉政风险点", "风险等级", "防控措施", "参建单位及责任人", None, None, None],
            [None, None, None, None, None, None, "项目法人（岚县水利工程建设管理站）", "设计单位", "施工单位（中标单位）",
             "监理单位"],
            [1, "白杨沟水库除险加固", "招标", "评标专家抽取泄露名单", "一级", "专家名单封存，纪检监督抽取。",
             f"站长{NL}阚沛岚", f"设计负责人{NL}逯明澈", f"项目经理{NL}阚若愚", f"总监{NL}逯景行"],
            [2, None, "质量检验", "坝体填筑检测数据造假", "二级", "第三方平行检测，数据上传平台。", f"质检员{NL}蔺星遥",
             None, None, None],
            [3, None, "合同结算", "超合同范围结算工程款", "一级", "结算经审计，站务会集体研究。", f"副站长{NL}冼澄邈",
             None, None, None],
            [4, None, "档案归集", "验收资料补签代签", "三级", "资料随工程进度归档，专人签收。", f"质检员{NL}蔺星遥",
             None, None, None]]  # fmt: skip
    merges = ["A1:J1", "G3:J3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "B5:B8", "H5:H8",
              "I5:I8", "J5:J8"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("站长", "阚沛岚", "评标专家抽取泄露名单", "Ⅰ级"),
        ("质检员", "蔺星遥", "坝体填筑检测数据造假", "Ⅱ级"),
        ("副站长", "冼澄邈", "超合同范围结算工程款", "Ⅰ级"),
        ("质检员", "蔺星遥", "验收资料补签代签", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {""}
    assert sorted(got.posts["person"]) == ["冼澄邈", "蔺星遥", "阚沛岚"]
    assert said(got, "HOLDER_OWN_PARTY_COLUMN") == ["“项目法人（岚县水利工程建设管理站）”"]
    assert not errors(got) and not {"POINT_BLANK", "ROW_UNPLACED"} & codes(got)


def test_owner_says_this_unit_post_and_name_on_one_line_stars_and_a_remark(tmp_path):
    # 责任主体 over 业主单位（本单位）| 承建单位, 'post name' on one line, ★★★/★★/★, a 备注
    # column after the measures; the contractor's manager merged down: no holder of the 镇
    rows = [["沁源县郭道镇人民政府村级道路硬化工程廉政风险排查表"],
            ["工程环节", "风险点", "风险等级", "责任主体", None, "防控措施", "备注"],
            [None, None, None, "业主单位（本单位）", "承建单位", None, None],
            ["项目立项", "虚报工程量套取补助资金", "★★★", "镇长 郗望舒", "经理 禚清和", "立项经镇党委会研究并公示。", "县级补助"],
            ["材料采购", "指定砂石料供应商", "★★", "副镇长 乜知远", "经理 禚清和", "材料询价三家以上。", None],
            ["竣工验收", "验收时接受施工方宴请", "★", "副镇长 乜知远", "经理 禚清和", "验收廉政承诺签字。", None]]  # fmt: skip
    merges = ["A1:G1", "D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3", "E4:E6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("镇长", "郗望舒", "虚报工程量套取补助资金", "Ⅰ级"),
        ("副镇长", "乜知远", "指定砂石料供应商", "Ⅱ级"),
        ("副镇长", "乜知远", "验收时接受施工方宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "禚清和" not in set(got.posts["person"])
    assert said(got, "HOLDER_OWN_PARTY_COLUMN") == ["“业主单位（本单位）”"]
    # (no lines of defence: the firm's column watches nothing)
    assert "HOLDER_LINES" not in codes(got)
    assert not errors(got)


def test_a_bare_builder_column_beside_the_agent_and_the_supervisor(tmp_path):
    # 责任单位 over 建设单位 | 代建单位 | 监理单位 with no brackets; the title names a 所, no firm:
    # the 建设单位 is the unit's own; 高/中 levels
    rows = [["汾西县农村公路管理所县乡道路项目廉政风险点及防控措施表"],
            ["序号", "建设环节", "风险点", "风险级别", "防控措施", "责任单位", None, None],
            [None, None, None, None, None, "建设单位", "代建单位", "监理单位"],
            [1, "勘察设计", "设计方案优化变更随意", "高", "变更会审，纪检列席。", f"工程股股长{NL}訾沛然",
             f"代建项目负责人{NL}甘棠", f"总监理工程师{NL}仉晓川"],
            [2, "工程款拨付", "拨付进度与形象进度不符", "中", "按月核对形象进度。", f"会计{NL}鄂晚晴",
             f"代建项目负责人{NL}甘棠", f"总监理工程师{NL}仉晓川"]]  # fmt: skip
    merges = ["A1:H1", "F2:H2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("工程股股长", "訾沛然", "设计方案优化变更随意", "Ⅰ级"),
        ("会计", "鄂晚晴", "拨付进度与形象进度不符", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"甘棠", "仉晓川"} & set(got.posts["person"])
    assert said(got, "HOLDER_OWN_PARTY_COLUMN") == ["“建设单位”"]
    assert not errors(got) and "COLUMN_GUESSED" not in codes(got)


def test_the_contractors_own_table_holds_in_its_own_column(tmp_path):
    # the reporting body is the contractor (the title names it): its 施工单位 column holds, the
    # 建设单位's 科长 and the 监理's 总监 do not
    rows = [["晋阳路桥建设有限公司项目部廉政风险防控责任表"],
            ["序号", "廉政风险点", "风险等级", "防控措施", "责任单位及责任人", None, None],
            [None, None, None, None, "建设单位（汾阳县交通运输局）", "施工单位（晋阳路桥建设有限公司）",
             "监理单位（汾州监理咨询公司）"],
            [1, "分包给无资质队伍", "一级", "分包报建设单位审批。", f"科长{NL}郜一鸣", f"项目经理{NL}扈青禾",
             f"总监{NL}郜三省"],
            [2, "材料以次充好", "二级", "材料进场报验。", f"科长{NL}郜一鸣", f"材料员{NL}扈远舟", f"总监{NL}郜三省"]]  # fmt: skip
    merges = ["A1:G1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("项目经理", "扈青禾", "分包给无资质队伍", "Ⅰ级"),
        ("材料员", "扈远舟", "材料以次充好", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_no_column_told_as_the_units_own_warns_and_names_no_one(tmp_path):
    # every bracket names another body, the title names none: which column holds is not
    # certain, so none does and no 科室 is made of the joined cells; the sender is warned
    rows = [["农村公路建设项目廉政风险防控责任表"],
            ["序号", "廉政风险点", "风险等级", "防控措施", "责任单位及责任人", None, None],
            [None, None, None, None, "建设单位（汾阳县交通运输局）", "施工单位（晋阳路桥建设有限公司）",
             "监理单位（汾州监理咨询公司）"],
            [1, "分包给无资质队伍", "一级", "分包报建设单位审批。", f"科长{NL}郜一鸣", f"项目经理{NL}扈青禾",
             f"总监{NL}郜三省"]]  # fmt: skip
    merges = ["A1:G1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == [("", "", "分包给无资质队伍", "Ⅰ级")]
    assert set(got.risks["department"]) == {""}
    assert "PARTY_COLUMNS_UNTOLD" in codes(got) and "HOLDER_OWN_PARTY_COLUMN" not in codes(got)


# ---------------------------------------------------------------- as before


def test_an_ordinary_unit_and_holder_pair_reads_as_before(tmp_path):
    # '责任单位 | 责任人' side by side, no band: the 科室 and the holder
    rows = [["宁武县林业局廉政风险防控一览表"],
            ["序号", "责任单位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "造林股", "禚若川", "造林验收虚报面积", "一级", "验收抽查复核。"],
            [2, "林政股", "鄂晚晴", "采伐许可审核不严", "二级", "许可公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    r = got.risks
    assert sorted(zip(r["department"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
        ("林政股", "鄂晚晴", "采伐许可审核不严", "Ⅱ级"),
        ("造林股", "禚若川", "造林验收虚报面积", "Ⅰ级"),
    ]  # fmt: skip
    assert not {"HOLDER_OWN_PARTY_COLUMN", "PARTY_COLUMNS_UNTOLD"} & codes(got)
    assert not errors(got)


def test_a_lead_and_assist_band_reads_as_before(tmp_path):
    # 责任单位 over 牵头单位 | 配合单位: no parties to a project, read as it was (the 科室 of both)
    rows = [["宁武县林业局廉政风险防控一览表"],
            ["序号", "廉政风险点", "风险等级", "防控措施", "责任单位", None],
            [None, None, None, None, "牵头单位", "配合单位"],
            [1, "造林验收虚报面积", "一级", "验收抽查复核。", "造林股", "财务股"],
            [2, "采伐许可审核不严", "二级", "许可公示。", "林政股", "办公室"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"])
    r = got.risks
    assert sorted(zip(r["department"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
        ("林政股办公室", "", "采伐许可审核不严", "Ⅱ级"),
        ("造林股财务股", "", "造林验收虚报面积", "Ⅰ级"),
    ]  # fmt: skip
    assert not {"HOLDER_OWN_PARTY_COLUMN", "PARTY_COLUMNS_UNTOLD"} & codes(got)


def test_a_band_of_sections_reads_as_before(tmp_path):
    # 责任单位 over 造林股 | 林政股 | 办公室 (the unit's own 科室, ticked): no parties, as before
    rows = [["宁武县林业局廉政风险防控一览表"],
            ["序号", "廉政风险点", "风险等级", "防控措施", "责任单位", None, None],
            [None, None, None, None, "造林股", "林政股", "办公室"],
            [1, "造林验收虚报面积", "一级", "验收抽查复核。", "√", None, None],
            [2, "采伐许可审核不严", "二级", "许可公示。", None, "√", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"])
    assert read(got) == [("", "", "造林验收虚报面积", "Ⅰ级"), ("", "", "采伐许可审核不严", "Ⅱ级")]
    assert not {"HOLDER_OWN_PARTY_COLUMN", "PARTY_COLUMNS_UNTOLD"} & codes(got)


# ---------------------------------------------------------------- review 123


def _project(title: str, band: str, subs: list[str]) -> tuple[list[list], list[str]]:
    rows = [[title],
            ["序号", "项目名称", "风险环节", "廉政风险点", "风险等级", "防控措施", band, None, None],
            [None] * 6 + subs,
            [1, "村道硬化工程", "招标", "围标串标", "高", "公开招标，纪检监督。", f"所长{NL}郝文涛",
             f"项目经理{NL}高建", f"总监{NL}李琦"],
            [2, None, "验收", "验收走过场", "中", "联合验收。", f"副所长{NL}宋词", None, None]]  # fmt: skip
    return rows, ["A1:I1", "G2:I2", *[f"{c}2:{c}3" for c in "ABCDEF"], "B4:B5"]


def test_what_the_hundred_and_twenty_third_review_found_a_shortened_unit_in_the_bracket(tmp_path):
    # '建设单位（临县公路管理所）' in 临县农村公路管理所's table, '业主单位（城庄镇政府）' in 临县城庄镇
    # 人民政府's: the unit's own column, read as a bare 建设单位 reads
    rows, merges = _project("临县农村公路管理所农村公路建设项目廉政风险防控责任表", "责任单位及责任人",
                            ["建设单位（临县公路管理所）", "施工单位", "监理单位"])  # fmt: skip
    got = run(tmp_path / "a", rows, merges)
    want = sorted([("所长", "郝文涛", "围标串标", "Ⅰ级"), ("副所长", "宋词", "验收走过场", "Ⅱ级")])
    assert read(got) == want
    assert said(got, "HOLDER_OWN_PARTY_COLUMN") == ["“建设单位（临县公路管理所）”"]
    assert "PARTY_COLUMNS_UNTOLD" not in codes(got)
    rows, merges = _project("临县城庄镇人民政府村级道路建设项目廉政风险防控责任表", "责任主体",
                            ["业主单位（城庄镇政府）", "施工单位", "监理单位"])  # fmt: skip
    got = run(tmp_path / "g", rows, merges)
    assert read(got) == want
    assert "PARTY_COLUMNS_UNTOLD" not in codes(got)


def test_what_the_hundred_and_twenty_third_review_found_a_supervisor_column_and_firm_cells(
    tmp_path,
):
    # '监管单位（临县农村公路管理所）' beside '建设单位（临县交通运输局）': the bracket picks the
    # unit's own column among the parties
    t = "临县农村公路管理所农村公路建设项目廉政风险防控责任表"
    rows = [[t], ["序号", "项目名称", "廉政风险点", "风险等级", "防控措施", "责任单位及责任人", None, None],
            [None] * 5 + ["建设单位（临县交通运输局）", "监管单位（临县农村公路管理所）", "施工单位"],
            [1, "村道硬化工程", "围标串标", "高", "公开招标", "局长 郝文涛", "所长 宋词", "项目经理 高建"],
            [2, None, "验收走过场", "中", "联合验收", "副局长 元曲", "副所长 李琦", "项目经理 高建"]]  # fmt: skip
    got = run(tmp_path / "k", rows, ["A1:H1", "F2:H2", *[f"{c}2:{c}3" for c in "ABCDE"]])
    assert read(got) == sorted(
        [("所长", "宋词", "围标串标", "Ⅰ级"), ("副所长", "李琦", "验收走过场", "Ⅱ级")]
    )
    assert said(got, "HOLDER_OWN_PARTY_COLUMN") == ["“监管单位（临县农村公路管理所）”"]
    assert set(got.risks["department"]) == {""}
    # '参建单位' over the parties whose cells name the bodies, '责任人' a column of its own: the
    # bodies are the row's data, no 科室 glued of them
    rows = [[t], ["序号", "项目名称", "廉政风险点", "风险等级", "防控措施", "参建单位", None, None, "责任人"],
            [None] * 5 + ["建设单位", "施工单位", "监理单位", None],
            [1, "村道硬化工程", "围标串标", "高", "公开招标", "临县农村公路管理所", "山西路桥集团",
             "临县正信监理公司", "所长 郝文涛"],
            [2, "桥梁维修工程", "验收走过场", "中", "联合验收", "临县农村公路管理所", "宏达建筑公司",
             "临县正信监理公司", "副所长 宋词"]]  # fmt: skip
    got = run(tmp_path / "i", rows, ["A1:I1", "F2:H2", *[f"{c}2:{c}3" for c in "ABCDEI"]])
    assert read(got) == sorted(
        [("所长", "郝文涛", "围标串标", "Ⅰ级"), ("副所长", "宋词", "验收走过场", "Ⅱ级")]
    )
    assert set(got.risks["department"]) == {""}
    assert not errors(got)
