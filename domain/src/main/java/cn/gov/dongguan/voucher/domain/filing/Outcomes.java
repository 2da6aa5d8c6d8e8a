package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.shared.Require;

/**
 * 算力应用成果 (R-REF-5): the large model whose incubation the compute supports, the national or
 * provincial AI major industrialisation project, and any other outcome; each optional.
 */
public record Outcomes(String modelIncubation, String majorProject, String other) {

    public static final Outcomes NONE = new Outcomes(null, null, null);

    public Outcomes {
        modelIncubation = Require.optionalText(modelIncubation, "outcomes.modelIncubation", 500);
        majorProject = Require.optionalText(majorProject, "outcomes.majorProject", 500);
        other = Require.optionalText(other, "outcomes.other", 2000);
    }
}
