package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Batches in a map, stored as copies. */
public final class InMemoryBatchRepository implements BatchPort {

    private final Map<BatchCode, Batch> stored = new ConcurrentHashMap<>();

    private static Batch copy(Batch b) {
        return new Batch(
                b.code(),
                b.title(),
                b.fundingYear(),
                b.window(),
                b.policy(),
                b.allocation().orElse(null));
    }

    @Override
    public Optional<Batch> find(BatchCode code) {
        return Optional.ofNullable(stored.get(code)).map(InMemoryBatchRepository::copy);
    }

    @Override
    public Optional<Batch> findForUpdate(BatchCode code) {
        return find(code);
    }

    @Override
    public List<Batch> findAll() {
        return stored.values().stream()
                .sorted(Comparator.comparing(b -> b.code().value()))
                .map(InMemoryBatchRepository::copy)
                .toList();
    }

    @Override
    public void save(Batch batch) {
        stored.put(batch.code(), copy(batch));
    }
}
