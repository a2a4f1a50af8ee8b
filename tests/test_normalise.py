def test_a_cell_wrapped_by_breaks_typed_at_a_fixed_width():
    # (465: a narrow Word column pasted, a line break every seven characters)
    from xlproc.normalise import unwrap

    assert unwrap("工程款支付审核\n不严，提前支付\n进度款") == "工程款支付审核不严，提前支付进度款"
    # lines of a list, two lines, lines ending a phrase keep their breaks
    assert (
        unwrap("1.双人审核复核\n2.集体研究决定\n3.结果公开")
        == "1.双人审核复核\n2.集体研究决定\n3.结果公开"
    )
    assert unwrap("双人审核复核\n集体研究决定") == "双人审核复核\n集体研究决定"
    assert (
        unwrap("签订廉洁承诺；\n定期轮岗交流；\n结果公示")
        == "签订廉洁承诺；\n定期轮岗交流；\n结果公示"
    )
