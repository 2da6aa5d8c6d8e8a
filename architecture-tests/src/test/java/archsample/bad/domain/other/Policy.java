package archsample.bad.domain.other;

import archsample.bad.domain.Subsidy;

/** Breaks: domain.other and domain depend on each other (a cycle). */
public class Policy {
    Subsidy subsidy;
}
