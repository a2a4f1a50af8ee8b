"""A list whose holders sign their own rows, where an absent holder's cell was signed for him by a
colleague: two personal names joined by 代 (``Y代X签``, ``Y代签X``, ``Y代X``, ``X（Y代签）``,
``X（由Y代）``, ``X(代签:Y)``, ``X，代签人：Y``). The holder is the one signed for (X), the signer
(Y) no part of his name, and one info a table (HOLDER_SIGNED_BY_PROXY) names each such cell,
whom it was read as and who signed. Until then ``Y代X签`` was taken whole as a seven-character
name, a form of its own for no one.

Not the published batch's file (a county's 城乡建设投资有限公司, ``责任人签字`` last, 高/中/低, the
signer the 部门负责人): a 县水利局, a 乡镇卫生院 and a 县文化馆, other posts, names and level
words (一级/二级/三级, ★★★/★★/★, Ⅰ级/Ⅱ级/Ⅲ级), the signature column under other headings
(``姓名（签字）``, ``本人签名``, ``责任人``) and in other places, the proxy written each other way, and a copy re-saved as .ods.

Near-misses an ordinary list has read as before: a holder of the surname 代 (``代玉兰``), a post
opening with 代 (``代理站长　某某``, ``代账会计``, ``代办员``), a holder's note ``（代）``.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDER_SIGNED_BY_PROXY"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def proxy_issues(got) -> list[dict]:
    issues = got.issues
    return issues[issues["code"] == CODE].to_dict("records")


def test_signed_for_as_y_dai_qian_x_in_a_middle_column(tmp_path):
    rows = [["XX县水利局岗位廉政风险防控清单"],
            ["序号", "股室", "岗位", "姓名（签字）", "廉政风险点", "风险等级", "防控措施"],
            [1, "局领导", "局长", "滕沛琰", "水利工程项目招标中打招呼、定向", "一级", "招标全程进平台，党组集体研究。"],
            [2, "建设股", "股长", "郗澜岚", "工程质量验收把关不严", "二级", "验收三方签认，留存影像。"],
            [3, "建设股", "质检员", "郗澜岚代签巫马栖棠", "隐蔽工程检测数据弄虚作假", "一级", "检测报告双人复核。"],
            [4, "建设股", "质检员", "郗澜岚代签巫马栖棠", "接受施工单位宴请", "三级", "签订廉洁承诺书。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "滕沛琰", "水利工程项目招标中打招呼、定向", "Ⅰ级"),
        ("股长", "郗澜岚", "工程质量验收把关不严", "Ⅱ级"),
        ("质检员", "巫马栖棠", "隐蔽工程检测数据弄虚作假", "Ⅰ级"),
        ("质检员", "巫马栖棠", "接受施工单位宴请", "Ⅲ级"),
    ])  # fmt: skip
    (issue,) = proxy_issues(got)
    assert issue["severity"] == "info" and issue["cell"] == "D5"
    assert "巫马栖棠" in issue["message"] and "郗澜岚" in issue["message"]


def test_signed_for_by_bracket_colon_and_merged_cells(tmp_path):
    rows = [["XX镇卫生院岗位廉洁风险排查表"],
            ["科室", "岗位", "风险点", "等级", "防控措施", "本人签名", "备注"],
            ["药房", "药剂师", "药品出入库不登记，私自调换", "★★★", "药品进销存系统管理，每月盘点。", "闻人川", ""],
            ["药房", "药剂师", "收受药品回扣", "★★", "签订购销廉洁协议。", "闻人川", ""],
            ["收费室", "收费员", "收费不开票据，截留现金", "★★★", "每日对账，票款一致。", "逯澄远(代签:闻人川)", "驻村"],
            ["收费室", "收费员", "退费不按规定审批", "★", "退费经院长签批。", "", ""],
            ["公卫科", "公卫医生", "虚报公共卫生服务数量", "★★", "系统抽查回访。", "扈沛昀，代签人：闻人川", ""]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "F5:F6"], sheet="排查表")
    assert read(got) == sorted([
        ("药剂师", "闻人川", "药品出入库不登记，私自调换", "Ⅰ级"),
        ("药剂师", "闻人川", "收受药品回扣", "Ⅱ级"),
        ("收费员", "逯澄远", "收费不开票据，截留现金", "Ⅰ级"),
        ("收费员", "逯澄远", "退费不按规定审批", "Ⅲ级"),
        ("公卫医生", "扈沛昀", "虚报公共卫生服务数量", "Ⅱ级"),
    ])  # fmt: skip
    (issue,) = proxy_issues(got)
    assert issue["cell"] == "F5"
    assert (
        "F7" in issue["message"] and "逯澄远" in issue["message"] and "扈沛昀" in issue["message"]
    )


def test_signed_for_written_y_dai_x_without_the_word_sign(tmp_path):
    rows = [["XX县文化馆廉政风险点一览表"],
            ["序号", "部门", "职务", "风险点", "风险级别", "防控措施", "责任人"],
            [1, "馆领导", "馆长", "文化惠民项目采购中指定供应商", "Ⅰ级", "采购进县平台，集体决策。", "仝霁川"],
            [2, "活动部", "主任", "演出经费虚列支出", "Ⅱ级", "经费支出附演出影像和签到。", "仝霁川代邝永胜"],
            [3, "活动部", "干事", "群众文化活动补贴冒领", "Ⅲ级", "补贴名单公示。", "甄琬涞（由仝霁川代签）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="一览表")
    assert read(got) == sorted([
        ("馆长", "仝霁川", "文化惠民项目采购中指定供应商", "Ⅰ级"),
        ("主任", "邝永胜", "演出经费虚列支出", "Ⅱ级"),
        ("干事", "甄琬涞", "群众文化活动补贴冒领", "Ⅲ级"),
    ])  # fmt: skip
    (issue,) = proxy_issues(got)
    assert issue["cell"] == "G4" and "G5" in issue["message"]


def test_a_copy_resaved_as_ods_reads_the_same(tmp_path):
    rows = [["XX县文化馆廉政风险点一览表"],
            ["序号", "部门", "职务", "风险点", "风险级别", "防控措施", "责任人签字"],
            [1, "馆领导", "馆长", "文化惠民项目采购中指定供应商", "Ⅰ级", "采购进县平台，集体决策。", "仝霁川"],
            [2, "活动部", "主任", "演出经费虚列支出", "Ⅱ级", "经费支出附演出影像和签到。", "仝霁川代邝永胜签字"]]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_ods(inbox / "t.ods", {"一览表": rows})
    got = _collect(inbox)
    assert read(got) == sorted([
        ("馆长", "仝霁川", "文化惠民项目采购中指定供应商", "Ⅰ级"),
        ("主任", "邝永胜", "演出经费虚列支出", "Ⅱ级"),
    ])  # fmt: skip
    (issue,) = proxy_issues(got)
    assert issue["cell"] == "G4"


def test_a_surname_dai_and_posts_of_dai_read_as_before(tmp_path):
    rows = [["XX镇农业综合服务站廉政风险防控清单"],
            ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "站长", "代玉兰", "农资补贴发放优亲厚友", "高", "补贴名单村级公示。"],
            [2, "代账会计", "代红梅", "村级账务代记中虚列支出", "中", "凭证经站长审核。"],
            [3, "代办员", "池翊岚（代）", "代办事项收取好处费", "低", "代办事项登记，群众签字确认。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("站长", "代玉兰", "农资补贴发放优亲厚友", "Ⅰ级"),
        ("代账会计", "代红梅", "村级账务代记中虚列支出", "Ⅱ级"),
        ("代办员", "池翊岚", "代办事项收取好处费", "Ⅲ级"),
    ])  # fmt: skip
    assert not proxy_issues(got)


def test_an_acting_post_and_its_holder_read_as_before(tmp_path):
    rows = [["XX镇畜牧兽医站岗位廉政风险一览表"],
            ["序号", "科室", "岗位及姓名", "风险点", "风险等级", "防控措施"],
            [1, "站领导", "代理站长　阚澄宇", "动物检疫证明违规出具", "一级", "检疫出证系统留痕。"],
            [2, "防疫组", "防疫员　代雨桐", "疫苗发放不登记", "二级", "疫苗领用台账，月度盘点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("代理站长", "阚澄宇", "动物检疫证明违规出具", "Ⅰ级"),
        ("防疫员", "代雨桐", "疫苗发放不登记", "Ⅱ级"),
    ])  # fmt: skip
    assert not proxy_issues(got)


def test_the_code_is_catalogued_in_chinese():
    severity, message = CATALOGUE[CODE]
    assert severity == "info" and "{value}" in message and "{cells}" in message
    assert "代签" in message and "请" in message and SHORT[CODE]


def test_what_the_hundred_and_thirtieth_review_found_signer_note_on_its_own_line(tmp_path):
    """The holder's name, then the signer's note on a line (or after a space) of its own:
    ``X⏎代签：Y``, ``X　代签人：Y``, ``X⏎Y代签`` — the bracketless ``X（代签:Y）``/``X（Y代签）``.
    The squeezed cell ``X代签：Y`` had been read the other way round (Y the holder signed for by
    X: the points went to the signer), and ``X⏎Y代签`` was split into two holders, one of them
    ``Y代签``. Read now as X signed for by Y. (Judgement: ``X代签：Y`` written as one word, no
    space, stays the commit's ``Y代签X`` reading.)"""
    rows = [["XX县文化馆岗位廉政风险防控清单"],
            ["序号", "部门", "岗位", "责任人（签字）", "廉政风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "欧阳蕙", "公务接待超标准", "二级", "接待清单审核。"],
            [2, "财务室", "会计", "司马骁\n代签：欧阳蕙", "虚列支出套取资金", "一级", "支出双签，月度对账。"],
            [3, "财务室", "出纳", "尉迟岚　代签人：欧阳蕙", "坐支现金", "二级", "日清月结。"],
            [4, "活动部", "干事", "慕容垚\n欧阳蕙代签", "演出经费虚报", "三级", "经费公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("主任", "欧阳蕙", "公务接待超标准", "Ⅱ级"),
        ("会计", "司马骁", "虚列支出套取资金", "Ⅰ级"),
        ("出纳", "尉迟岚", "坐支现金", "Ⅱ级"),
        ("干事", "慕容垚", "演出经费虚报", "Ⅲ级"),
    ])  # fmt: skip
    (issue,) = proxy_issues(got)
    assert issue["cell"] == "D4" and "司马骁(由欧阳蕙代签)" in issue["message"]
    assert "尉迟岚(由欧阳蕙代签)" in issue["message"] and "慕容垚(由欧阳蕙代签)" in issue["message"]


def test_what_the_hundred_and_thirtieth_review_found_a_word_of_standing_in(tmp_path):
    """``Y暂代X``, ``Y临时代X``: the word of how the signer stood in is no part of his name (the
    info had named the signer ``拓跋岚暂``); ``Y代班X`` (代班, standing a shift) is no proxy: the
    holder had been read as ``班…``, a name cut from the word. Judgement: ``代班`` joins ``代理``,
    ``代管`` among the words of work, the cell kept as written."""
    rows = [["XX县文化馆岗位廉政风险防控清单"],
            ["序号", "部门", "岗位", "责任人（签字）", "廉政风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "拓跋岚", "公务接待超标准", "二级", "接待清单审核。"],
            [2, "办公室", "文秘", "欧阳蕙", "公文印章使用不规范", "三级", "用印登记。"],
            [3, "财务室", "会计", "拓跋岚暂代司马骁", "虚列支出套取资金", "一级", "支出双签。"],
            [4, "财务室", "出纳", "拓跋岚临时代尉迟岚签", "坐支现金", "二级", "日清月结。"],
            [5, "活动部", "干事", "拓跋岚代班慕容垚", "演出经费虚报", "三级", "经费公示。"],
            [6, "活动部", "部长", "公孙越", "场地出租收入不入账", "一级", "收入统一入账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    people = dict(zip(got.risks["title"], got.risks["person"], strict=True))
    assert people["会计"] == "司马骁" and people["出纳"] == "尉迟岚"
    assert not people["干事"].startswith("班")
    (issue,) = proxy_issues(got)
    assert "司马骁(由拓跋岚代签)" in issue["message"]
    assert "尉迟岚(由拓跋岚代签)" in issue["message"]
    assert "拓跋岚暂" not in issue["message"].replace("拓跋岚暂代司马骁", "")
