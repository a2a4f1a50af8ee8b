"""Review of the round's new readings (batches 977–982): shapes a coordinator sends that the new
rules misread, each written with xlsxwriter (tests/helpers.py) and read back as ``read_file`` reads
a file.

- POST_ON_PAPER_SET_ASIDE: an actual post's cell saying only that nothing changed ('不变', '同编制
  岗位', '一致', '同左', '—') is the post on paper held, never a post named '不变' or none at all.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def read(tmp_path: Path, sheets: dict, merges: dict | None = None, name: str = "清单.xlsx"):
    path = write_workbook(tmp_path / name, sheets, merges or {})
    return read_file(path, name, load_config())


def field(res, key: str) -> list[str]:
    k = ROW_KEYS.index(key)
    return [r[k] for rs in res.risks for r in rs]


def codes(res) -> set[str]:
    return {i.code for i in res.issues}


# 借用 staff: the actual column says only 'as on paper' for those not lent
LENT = [
    ["县自然资源局廉政风险防控台账", None, None, None, None, None, None],
    ["股室", "责任人", "定编岗位", "实际岗位", "风险点", "风险等级", "防控措施"],
    ["测绘股", "欧阳澈", "测绘员", "不动产登记窗口", "登记材料审查不严", "一级", "双人复核。"],
    ["测绘股", "欧阳湛", "股长", "与编制一致", "测绘成果验收放水", "二级", "集体验收。"],
    ["执法大队", "欧阳汐", "队员", "无变化", "执法选择性处罚", "一级", "执法全过程记录。"],
    ["执法大队", "欧阳溪", "中队长", "同左", "查处线索压案不办", "一级", "线索台账管理。"],
    ["执法大队", "欧阳渝", "内勤", "—", "罚没票据管理不严", "三级", "票据专人保管。"],
]  # fmt: skip


def test_an_actual_post_saying_unchanged_is_the_post_on_paper(tmp_path):
    res = read(tmp_path, {"台账": LENT})
    assert field(res, "title") == ["不动产登记窗口", "股长", "队员", "中队长", "内勤"]
    assert field(res, "person") == ["欧阳澈", "欧阳湛", "欧阳汐", "欧阳溪", "欧阳渝"]
    assert "POST_ON_PAPER_SET_ASIDE" in codes(res)
