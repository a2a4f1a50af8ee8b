"""The archive's table columns: each export field's Chinese heading and column width.

Apart from the writer so that the reader can know its own output by these headings (a detail
sheet saved again and dropped into the inbox) without importing xlsxwriter in its workers."""

from __future__ import annotations

# sheet columns: key → (Chinese header, width)
RISK_SHEET = {
    "unit": ("单位", 14), "department": ("科室", 10), "person": ("姓名", 7), "title": ("职务", 10),
    "tier": ("岗位层级", 8), "section": ("部分", 8), "duty": ("岗位职责/分管工作", 18), "workflow": ("工作流程", 12),
    "risk_point": ("风险点", 28), "risk_type": ("风险类型", 12), "risk_level": ("风险级别", 7),
    "measures": ("防控措施", 28),
    # not printed: the risk's description and provenance
    "description": ("风险描述", 28), "form_id": ("表号", 8), "raw_risk_type": ("原填风险类型", 12), "raw_risk_level": ("原填风险级别", 10),
    "source_file": ("来源文件", 24), "source_sheet": ("工作表", 10), "source_row": ("行号", 6),
}  # fmt: skip
RISK_PRINTED = 12
POST_SHEET = {
    "unit": ("单位", 14), "department": ("科室", 10), "person": ("姓名", 7), "title": ("职务", 10),
    "tier": ("岗位层级", 8), "declared_grade": ("填报等级", 6), "computed_grade": ("评定等级", 6),
    "grade_reason": ("评定依据", 28), "score": ("风险分值", 6), "n_level_1": ("Ⅰ级", 5), "n_level_2": ("Ⅱ级", 5),
    "n_level_3": ("Ⅲ级", 5), "n_risks": ("风险点数", 6), "reviewed": ("审查意见(已填/应填)", 10),
    # not printed: provenance
    "form_id": ("表号", 8), "source_file": ("来源文件", 24), "source_sheet": ("工作表", 10),
}  # fmt: skip
POST_PRINTED = 14
ISSUE_SHEET = {
    "severity": ("级别", 6), "name": ("问题", 14), "source_file": ("文件", 22), "source_sheet": ("工作表", 9),
    "person": ("人员", 8), "cell": ("单元格", 7), "field": ("项目", 11), "value": ("填写内容", 16),
    "message": ("说明", 56),
    # not printed: the stable code, as in issues.csv
    "code": ("代码", 18),
}  # fmt: skip
ISSUE_PRINTED = 9
SUB_SHEET = {
    "department": ("科室", 14), "person": ("姓名", 10), "tier": ("岗位层级", 10), "status": ("报送状态", 10),
    "source_file": ("来源文件", 30), "superseded_by": ("新版本文件", 30),
}  # fmt: skip
