package cn.gov.dongguan.voucher.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-REF-1..6: the code lists of the notice's form. */
class ReferenceDataTest {

    @Test
    @Tag("R-REF-1")
    void r_ref_1_dongguan_has_4_subdistricts_28_towns_and_2_parks_with_the_codes_of_the_api() {
        TownDirectory towns = TownDirectory.dongguan();
        assertThat(towns.all()).hasSize(34);
        assertThat(towns.all().stream().filter(t -> t.kind() == TownKind.SUBDISTRICT))
                .hasSize(4);
        assertThat(towns.all().stream().filter(t -> t.kind() == TownKind.TOWN)).hasSize(28);
        assertThat(towns.all().stream().filter(t -> t.kind() == TownKind.PARK)).hasSize(2);
        String apiCodes = "GUANCHENG NANCHENG DONGCHENG WANJIANG SHIJIE SHILONG CHASHAN SHIPAI QISHI HENGLI QIAOTOU "
                + "XIEGANG DONGKENG CHANGPING LIAOBU ZHANGMUTOU DALANG HUANGJIANG QINGXI TANGXIA FENGGANG DALINGSHAN "
                + "CHANGAN HUMEN HOUJIE SHATIAN DAOJIAO HONGMEI MACHONG WANGNIUDUN ZHONGTANG GAOBU SONGSHANHU BINHAIWAN";
        assertThat(towns.all().stream().map(t -> t.code().value()).toList()).containsExactly(apiCodes.split(" "));
        assertThat(towns.find(TownCode.of("songshanhu")).orElseThrow().nameZh()).isEqualTo("松山湖高新区");
    }

    @Test
    @Tag("R-REF-1")
    void r_ref_1_towns_are_data_so_a_new_park_needs_no_release() {
        List<Town> more = new java.util.ArrayList<>(TownDirectory.dongguan().all());
        more.add(Town.of("NEWPARK", "新园区", TownKind.PARK));
        TownDirectory extended = new TownDirectory(more);
        assertThat(extended.isActive(TownCode.of("NEWPARK"))).isTrue();
        assertThat(TownDirectory.dongguan().isActive(TownCode.of("NEWPARK"))).isFalse();
        TownDirectory withInactive =
                new TownDirectory(List.of(new Town(TownCode.of("OLD"), "旧镇", TownKind.TOWN, false)));
        assertThat(withInactive.isActive(TownCode.of("OLD"))).isFalse();
    }

    @Test
    @Tag("R-REF-2")
    void r_ref_2_three_categories_of_which_two_are_enterprises() {
        assertThat(ApplicantCategory.values())
                .extracting(Enum::name)
                .containsExactly("MANUFACTURING", "SOFTWARE_IT", "UNIVERSITY_OR_INSTITUTE");
        assertThat(ApplicantCategory.UNIVERSITY_OR_INSTITUTE.isEnterprise()).isFalse();
    }

    @Test
    @Tag("R-REF-3")
    void r_ref_3_and_4_purposes_and_the_19_domains_of_the_form() {
        assertThat(UsagePurpose.values()).hasSize(6);
        assertThat(ApplicationDomain.values()).hasSize(19);
        assertThat(ApplicationDomain.LOW_ALTITUDE_ECONOMY.nameZh()).isEqualTo("低空经济");
    }

    @Test
    @Tag("R-REF-6")
    void r_ref_6_material_types_in_dossier_order_with_financial_statements_only_for_enterprises() {
        assertThat(Arrays.stream(MaterialType.values()).map(MaterialType::item))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(MaterialType.AUTHENTICITY_PLEDGE.item()).isEqualTo(7);
        assertThat(MaterialType.FINANCIAL_STATEMENTS.isRequiredFor(ApplicantCategory.MANUFACTURING))
                .isTrue();
        assertThat(MaterialType.FINANCIAL_STATEMENTS.isRequiredFor(ApplicantCategory.UNIVERSITY_OR_INSTITUTE))
                .isFalse();
        assertThat(MaterialType.OTHER.isRequiredFor(ApplicantCategory.SOFTWARE_IT))
                .isFalse();
        assertThat(MaterialType.SERVICE_PROOF.isRequiredFor(ApplicantCategory.UNIVERSITY_OR_INSTITUTE))
                .isTrue();
    }
}
