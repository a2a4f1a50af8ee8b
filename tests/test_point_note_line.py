"""A point cell that closes with what the point rests on, labelled but UNBRACKETED — on a line of
its own (``…⏎依据：《…》第…条``, ``…；⏎法律依据：…``) or after the point's own full stop
(``…。政策依据：…``) — is read as the point before it, the 依据 going to the point's description (info
POINT_NOTE_LINE, once a table). Before, the whole cell was the point, the 依据 with it (batch1040's
自然资源局); the bracketed ``…（依据：…）`` was already parted (POINT_NOTE_BRACKET). Not that batch's
words: a 市场监督管理局's list with ``执法依据：`` lines under ``风险点`` and ``Ⅰ级/Ⅱ级``; a 水务局's
with ``。依据文件：`` after the point beside its own ``表现形式`` column, 高/中/低; and the near-misses.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"], d["description"]))
    return got, [(i.code, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局岗位廉政风险点清单", None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "风险点", "风险级别", "防控措施"],
    [1, "执法稽查大队", "大队长", "端木沅", "案件查办中降格处理\n执法依据：《市场监督管理行政处罚程序规定》第五十条",
     "Ⅰ级", "案件集体审理。"],
    [2, "执法稽查大队", "大队长", "端木沅", "涉案财物处置不登记；\n执法依据：《…罚没物品处理办法》",
     "Ⅰ级", "财物入库登记。"],
    [3, "登记注册股", "科员", "闻人澈", "营业执照核发审核走过场\n依据文件：\n《市场主体登记管理条例》",
     "Ⅱ级", "一审一核。"],
]  # fmt: skip


def test_basis_on_its_own_line(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": MARKET})
    got, issues = _read(path)
    assert got == [
        (
            "端木沅",
            "案件查办中降格处理",
            "Ⅰ级",
            "执法依据：《市场监督管理行政处罚程序规定》第五十条",
        ),
        ("端木沅", "涉案财物处置不登记", "Ⅰ级", "执法依据：《…罚没物品处理办法》"),
        ("闻人澈", "营业执照核发审核走过场", "Ⅱ级", "依据文件：《市场主体登记管理条例》"),
    ]
    assert ("POINT_NOTE_LINE", "E3") in issues
    assert [c for c, _ in issues].count("POINT_NOTE_LINE") == 1


WATER = [
    ["某县水务局廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "科室", "岗位", "责任人", "廉政风险点", "表现形式", "风险等级", "防控措施"],
    [1, "水资源股", "股长", "令狐湉", "取水许可审批放宽条件。依据文件：《取水许可和水资源费征收管理条例》",
     "对取水水源、取水量论证不充分、不符合条件的申请予以许可，收受申请单位好处", "高", "许可集体研究。"],
    [2, "水资源股", "股长", "令狐湉", "水资源费征收减免不按规定；政策依据：《水资源费征收使用管理办法》",
     "对用水大户擅自减免、缓征水资源费，或不按核定水量征收，造成费款流失", "中", "减免结果公示。"],
]  # fmt: skip


def test_basis_after_the_points_full_stop_beside_a_description_column(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": WATER})
    got, issues = _read(path)
    assert got == [
        ("令狐湉", "取水许可审批放宽条件", "Ⅰ级",
         "对取水水源、取水量论证不充分、不符合条件的申请予以许可，收受申请单位好处\n依据文件：《取水许可和水资源费征收管理条例》"),
        ("令狐湉", "水资源费征收减免不按规定", "Ⅱ级",
         "对用水大户擅自减免、缓征水资源费，或不按核定水量征收，造成费款流失\n政策依据：《水资源费征收使用管理办法》"),
    ]  # fmt: skip
    assert ("POINT_NOTE_LINE", "E3") in issues


NEAR = [
    ["某县文化广电旅游局廉政风险点清单", None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "风险点", "风险级别", "防控措施"],
    # a 依据 with no label's colon: the point's own words
    [1, "文物股", "股长", "慕容瑶", "依据《文物保护法》审批时放宽条件", "二级", "集体审批。"],
    # several numbered points before the label: the cell read as before
    [2, "文物股", "股长", "慕容瑶", "1.文物修缮项目指定施工方\n2.考古勘探费用虚列\n依据：《文物保护法》",
     "二级", "项目公开比选。"],
    # a point too short to stand before its label
    [3, "市场股", "科员", "宇文澜", "审批\n依据：《旅行社条例》", "三级", "一审一核。"],
    # the bracketed note: POINT_NOTE_BRACKET's, as before
    [4, "市场股", "科员", "宇文澜", "演出审批把关不严（依据：《营业性演出管理条例》）", "三级", "材料复核。"],
    # a labelled field after the note: not the note's
    [5, "市场股", "科员", "宇文澜", "娱乐场所检查走过场\n依据：《娱乐场所管理条例》\n风险等级：三级",
     "三级", "两人检查。"],
]  # fmt: skip


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": NEAR})
    got, issues = _read(path)
    points = [p for _, p, _, _ in got]
    assert "依据《文物保护法》审批时放宽条件" in points
    assert "1.文物修缮项目指定施工方\n2.考古勘探费用虚列\n依据：《文物保护法》" in points
    assert "审批\n依据：《旅行社条例》" in points
    assert "演出审批把关不严" in points  # (the bracket's rule)
    assert not any(
        p.startswith("娱乐场所检查走过场依据") or p == "娱乐场所检查走过场" for p in points
    )
    codes = [c for c, _ in issues]
    assert "POINT_NOTE_LINE" not in codes and "POINT_NOTE_BRACKET" in codes
