package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.service.Services;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Wraps every outbound port of a {@link Services.Ports} in a proxy that counts the calls made
 * through it, by port and method, so a test can say what one use case costs.
 */
public final class CountingPorts {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Services.Ports ports;

    public CountingPorts(Services.Ports real) {
        try {
            RecordComponent[] components = Services.Ports.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object value = components[i].getAccessor().invoke(real);
                values[i] = types[i].isInterface() && value != null ? counted(types[i], value) : value;
            }
            ports = Services.Ports.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object counted(Class<?> port, Object target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class && !method.isDefault()) {
                calls.computeIfAbsent(port.getSimpleName() + "." + method.getName(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler);
    }

    /** The ports, each counted. */
    public Services.Ports ports() {
        return ports;
    }

    public void reset() {
        calls.clear();
    }

    /** Calls since the last reset, by {@code Port.method}, sorted. */
    public Map<String, Integer> calls() {
        return calls.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(), Integer::sum, TreeMap::new));
    }

    /** Calls since the last reset to the ports whose simple names are not in {@code excluded}. */
    public int total(String... excluded) {
        java.util.Set<String> skip = java.util.Set.of(excluded);
        return calls().entrySet().stream()
                .filter(e -> !skip.contains(e.getKey().substring(0, e.getKey().indexOf('.'))))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    @Override
    public String toString() {
        return calls().toString();
    }
}
