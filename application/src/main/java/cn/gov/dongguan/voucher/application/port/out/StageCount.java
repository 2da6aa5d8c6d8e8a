package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;

/** How many applications of a town are in a stage; the dashboard sums these. */
public record StageCount(TownCode town, ReviewStage stage, long count) {}
