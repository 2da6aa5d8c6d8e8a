package cn.gov.dongguan.voucher.domain.reference;

import static cn.gov.dongguan.voucher.domain.reference.TownKind.PARK;
import static cn.gov.dongguan.voucher.domain.reference.TownKind.SUBDISTRICT;
import static cn.gov.dongguan.voucher.domain.reference.TownKind.TOWN;

import java.util.List;

/**
 * The towns of the 2025 notice (R-REF-1): 4 subdistricts, 28 towns and 2 parks, with the codes of
 * api.md. This is the seed of the town table, not a closed list: a new park is a new row.
 */
public final class StandardTowns {

    public static final List<Town> DONGGUAN = List.of(
            Town.of("GUANCHENG", "莞城街道", SUBDISTRICT),
            Town.of("NANCHENG", "南城街道", SUBDISTRICT),
            Town.of("DONGCHENG", "东城街道", SUBDISTRICT),
            Town.of("WANJIANG", "万江街道", SUBDISTRICT),
            Town.of("SHIJIE", "石碣镇", TOWN),
            Town.of("SHILONG", "石龙镇", TOWN),
            Town.of("CHASHAN", "茶山镇", TOWN),
            Town.of("SHIPAI", "石排镇", TOWN),
            Town.of("QISHI", "企石镇", TOWN),
            Town.of("HENGLI", "横沥镇", TOWN),
            Town.of("QIAOTOU", "桥头镇", TOWN),
            Town.of("XIEGANG", "谢岗镇", TOWN),
            Town.of("DONGKENG", "东坑镇", TOWN),
            Town.of("CHANGPING", "常平镇", TOWN),
            Town.of("LIAOBU", "寮步镇", TOWN),
            Town.of("ZHANGMUTOU", "樟木头镇", TOWN),
            Town.of("DALANG", "大朗镇", TOWN),
            Town.of("HUANGJIANG", "黄江镇", TOWN),
            Town.of("QINGXI", "清溪镇", TOWN),
            Town.of("TANGXIA", "塘厦镇", TOWN),
            Town.of("FENGGANG", "凤岗镇", TOWN),
            Town.of("DALINGSHAN", "大岭山镇", TOWN),
            Town.of("CHANGAN", "长安镇", TOWN),
            Town.of("HUMEN", "虎门镇", TOWN),
            Town.of("HOUJIE", "厚街镇", TOWN),
            Town.of("SHATIAN", "沙田镇", TOWN),
            Town.of("DAOJIAO", "道滘镇", TOWN),
            Town.of("HONGMEI", "洪梅镇", TOWN),
            Town.of("MACHONG", "麻涌镇", TOWN),
            Town.of("WANGNIUDUN", "望牛墩镇", TOWN),
            Town.of("ZHONGTANG", "中堂镇", TOWN),
            Town.of("GAOBU", "高埗镇", TOWN),
            Town.of("SONGSHANHU", "松山湖高新区", PARK),
            Town.of("BINHAIWAN", "滨海湾新区", PARK));

    private StandardTowns() {}
}
