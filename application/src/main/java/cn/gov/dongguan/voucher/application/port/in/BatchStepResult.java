package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;

/** What a batch-wide step did: how many applications it moved to which stage. */
public record BatchStepResult(BatchCode batch, ReviewStage to, int moved) {}
