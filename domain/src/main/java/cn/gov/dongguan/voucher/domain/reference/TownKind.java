package cn.gov.dongguan.voucher.domain.reference;

/** What kind of local administration a town entry is. */
public enum TownKind {
    /** 街道 */
    SUBDISTRICT,
    /** 镇 */
    TOWN,
    /** 园区 (high-tech zone, new area) */
    PARK
}
