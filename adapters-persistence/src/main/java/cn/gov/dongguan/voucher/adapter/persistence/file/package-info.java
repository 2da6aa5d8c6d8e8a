/** The file store for material content, addressed by SHA-256. */
package cn.gov.dongguan.voucher.adapter.persistence.file;
