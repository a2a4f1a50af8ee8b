"""A holder's name split across two columns: '责任人' (or '姓名') merged over '姓 | 名', or
'姓氏 | 名字' headed on their own, the surname in one cell and the given name in the next
('阙 | 沐辰'), both merged down over his rows where he has several. The two cells are one name
('阙沐辰'); before, the 名 column was taken for the whole name and the 姓 column as 其他.

Not the published batches' files (a 口岸办's 登记表 and a 人民医院's list, both with 高/中/低 and
the rare surnames 芈/弭 and 邝/檀): a 县自然资源局 不动产登记中心 and its 股室, other posts and
names (阙, 訾, the compound 欧阳 and 司马), levels 一级/二级/三级 or ticks under 高 | 中 | 低, the
name columns first or beside a 备注 column, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file. The negatives keep a '姓名 | 性别' pair and a '名称'
column beside the '姓名' as they were read before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

TITLE = ["XX县自然资源局不动产登记中心岗位廉政风险点登记表"]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "register.xlsx", {"登记表": rows}, {"登记表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_holder_heading_merged_over_surname_and_given_name(tmp_path):
    # the name columns first, then the post: 责任人 merged over 姓 | 名, each merged down
    rows = [
        TITLE,
        ["序号", "责任人", None, "岗位", "风险点", "风险等级", "防控措施"],
        [None, "姓", "名", None, None, None, None],
        [1, "阙", "沐辰", "中心主任", "不动产登记审批把关不严，违规办理登记", "一级", "登记审批实行集体会审。"],
        [2, None, None, None, "插手窗口受理，为亲友优先办理", "二级", "受理一律按排号先后办理。"],
        [3, "訾", "砚秋", "登记审核员", "审核中故意刁难，索取好处", "一级", "审核时限公开，超时预警。"],
        [4, "阙", "知微", "窗口受理员", "泄露权利人登记信息", "三级", "查询留痕，定期抽查。"],
    ]  # fmt: skip
    merges = ["A1:G1", "B2:C2", "A2:A3", "D2:D3", "E2:E3", "F2:F3", "G2:G3",
              "B4:B5", "C4:C5", "D4:D5"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("中心主任", "阙沐辰", "不动产登记审批把关不严，违规办理登记", "Ⅰ级"),
        ("中心主任", "阙沐辰", "插手窗口受理，为亲友优先办理", "Ⅱ级"),
        ("登记审核员", "訾砚秋", "审核中故意刁难，索取好处", "Ⅰ级"),
        ("窗口受理员", "阙知微", "泄露权利人登记信息", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_surname_and_given_name_headed_on_their_own(tmp_path):
    # one heading row, '姓氏 | 名字' with no holder heading over them, written on every row, and
    # a 备注 column at the end
    rows = [
        TITLE,
        ["序号", "股室", "岗位", "姓氏", "名字", "廉政风险点", "风险等级", "防控措施", "备注"],
        [1, "地籍股", "股长", "訾", "云岫", "地籍调查成果审核走过场", "二级", "成果抽查复核，留存记录。", ""],
        [2, "地籍股", "股长", "訾", "云岫", "权属争议调处偏袒一方", "一级", "调处意见集体研究。", "重点"],
        [3, "档案股", "档案管理员", "阙", "星遥", "违规查阅、复制登记档案", "三级", "查档凭证登记，双人在场。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1"])
    assert read(got) == sorted([
        ("股长", "訾云岫", "地籍调查成果审核走过场", "Ⅱ级"),
        ("股长", "訾云岫", "权属争议调处偏袒一方", "Ⅰ级"),
        ("档案管理员", "阙星遥", "违规查阅、复制登记档案", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_compound_surname_under_name_heading_with_level_ticks(tmp_path):
    # '姓名' merged over '姓氏 | 名字', the compound surnames 欧阳 and 司马 (and 訾), the level a tick under
    # 高 | 中 | 低 (风险等级 merged over them)
    rows = [
        TITLE,
        ["序号", "岗位", "姓名", None, "风险点", "风险等级", None, None, "防控措施"],
        [None, None, "姓氏", "名字", None, "高", "中", "低", None],
        [1, "测绘审核员", "欧阳", "青禾", "测绘成果审核收受服务单位礼金", "√", None, None, "签订廉洁承诺，成果随机抽审。"],
        [2, None, None, None, "故意拖延成果审核", None, "√", None, "限时办结，超期通报。"],
        [3, "收费员", "司马", "晴川", "登记费收取不开票据", None, None, "√", "每日对账，票款一致。"],
        [4, "信息管理员", "訾", "云岫", "违规修改登记簿数据", "√", None, None, "系统操作留痕，权限分级。"],
    ]  # fmt: skip
    merges = ["A1:I1", "C2:D2", "F2:H2", "A2:A3", "B2:B3", "E2:E3", "I2:I3",
              "B4:B5", "C4:C5", "D4:D5"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("测绘审核员", "欧阳青禾", "测绘成果审核收受服务单位礼金", "Ⅰ级"),
        ("测绘审核员", "欧阳青禾", "故意拖延成果审核", "Ⅱ级"),
        ("收费员", "司马晴川", "登记费收取不开票据", "Ⅲ级"),
        ("信息管理员", "訾云岫", "违规修改登记簿数据", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_name_beside_sex_is_no_split_name(tmp_path):
    # '姓名 | 性别': the whole name in the 姓名 column, the 性别 no half of it (as before)
    rows = [
        TITLE,
        ["序号", "科室", "岗位", "姓名", "性别", "风险点", "风险等级", "防控措施"],
        [1, "登记股", "股长", "訾砚秋", "女", "违规办理抵押登记", "一级", "抵押登记双人审核。"],
        [2, "登记股", "登记员", "阙沐辰", "男", "受理材料把关不严", "二级", "材料清单一次告知。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("股长", "訾砚秋", "违规办理抵押登记", "Ⅰ级"),
        ("登记员", "阙沐辰", "受理材料把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_title_column_beside_name_is_no_split_name(tmp_path):
    # '姓名 | 名称' (the matter's 名称 beside the holder's 姓名): nothing joined, as before
    rows = [
        TITLE,
        ["序号", "岗位", "姓名", "名称", "风险点", "风险等级", "防控措施"],
        [1, "中心主任", "欧阳青禾", "不动产首次登记", "首次登记审批优亲厚友", "一级", "审批结果公示。"],
        [2, "登记审核员", "司马晴川", "不动产转移登记", "转移登记审核收受好处", "二级", "审核全程留痕。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("中心主任", "欧阳青禾", "首次登记审批优亲厚友", "Ⅰ级"),
        ("登记审核员", "司马晴川", "转移登记审核收受好处", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_reviews_left_given_name_before_surname(tmp_path):
    # '责任人' merged over '名 | 姓', the given name written first ('沐辰 | 阙'), each merged down
    rows = [
        TITLE,
        ["序号", "岗位", "责任人", None, "风险点", "风险等级", "防控措施"],
        [None, None, "名", "姓", None, None, None],
        [1, "中心主任", "沐辰", "阙", "不动产登记审批把关不严，违规办理登记", "一级", "登记审批实行集体会审。"],
        [2, None, None, None, "插手窗口受理，为亲友优先办理", "二级", "受理一律按排号先后办理。"],
        [3, "登记审核员", "青禾", "欧阳", "审核中故意刁难，索取好处", "一级", "审核时限公开，超时预警。"],
    ]  # fmt: skip
    merges = ["A1:G1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "F2:F3", "G2:G3",
              "B4:B5", "C4:C5", "D4:D5"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("中心主任", "阙沐辰", "不动产登记审批把关不严，违规办理登记", "Ⅰ级"),
        ("中心主任", "阙沐辰", "插手窗口受理，为亲友优先办理", "Ⅱ级"),
        ("登记审核员", "欧阳青禾", "审核中故意刁难，索取好处", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_reviews_left_given_name_heading_first_on_its_own(tmp_path):
    # one heading row, '名字 | 姓氏' with no holder heading over them, the 股室 after them
    rows = [
        TITLE,
        ["序号", "名字", "姓氏", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "云岫", "訾", "地籍股", "股长", "地籍调查成果审核走过场", "二级", "成果抽查复核，留存记录。"],
        [2, "星遥", "阙", "档案股", "档案管理员", "违规查阅、复制登记档案", "三级", "查档凭证登记，双人在场。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("股长", "訾云岫", "地籍调查成果审核走过场", "Ⅱ级"),
        ("档案管理员", "阙星遥", "违规查阅、复制登记档案", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
