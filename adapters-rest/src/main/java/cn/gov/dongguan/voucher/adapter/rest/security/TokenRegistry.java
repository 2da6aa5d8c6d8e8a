package cn.gov.dongguan.voucher.adapter.rest.security;

import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The bearer tokens of the partner systems, from MicroProfile Config, held only as SHA-256 hashes.
 *
 * <p>{@code voucher.tokens} lists entries {@code <sha256-hex>:<name>:<role>[:<town>]}, separated by
 * commas; the hash is of the token's UTF-8 bytes ({@code printf %s TOKEN | sha256sum}). With
 * {@code voucher.demo=true} the demo tokens of api.md work as well; otherwise they do not.
 */
@ApplicationScoped
public class TokenRegistry {

    private static final Logger LOG = Logger.getLogger(TokenRegistry.class.getName());

    /** The demo tokens of api.md: token, principal name, role, town. */
    static final String[][] DEMO = {
        {"demo-platform-token", "demo-platform", "platform", null},
        {"demo-portal-token", "demo-portal", "portal", null},
        {"demo-city-token", "demo-city", "city-officer", null},
        {"demo-town-dongcheng-token", "demo-town-dongcheng", "town-officer", "DONGCHENG"},
        {"demo-town-songshanhu-token", "demo-town-songshanhu", "town-officer", "SONGSHANHU"},
        {"demo-expert-token", "demo-expert", "expert", null},
        {"demo-fund-token", "demo-fund", "fund-manager", null},
        {"demo-admin-token", "demo-admin", "admin", null},
    };

    private final Map<String, Actor> byHash = new HashMap<>();

    @PostConstruct
    void load() {
        Config config = ConfigProvider.getConfig();
        boolean demo = config.getOptionalValue("voucher.demo", Boolean.class).orElse(false);
        if (demo) {
            for (String[] t : DEMO) {
                byHash.put(sha256(t[0]), actor(t[1], t[2], t[3]));
            }
        }
        config.getOptionalValue("voucher.tokens", String.class).ifPresent(list -> {
            for (String entry : list.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.strip().split(":");
                if (parts.length < 3 || !parts[0].matches("[0-9a-f]{64}")) {
                    throw new IllegalStateException(
                            "voucher.tokens: an entry is not <sha256-hex>:<name>:<role>[:<town>]");
                }
                byHash.put(parts[0], actor(parts[1], parts[2], parts.length > 3 ? parts[3] : null));
            }
        });
        LOG.info(() -> byHash.size() + " API tokens configured" + (demo ? " (demo tokens on)" : ""));
    }

    private static Actor actor(String name, String role, String town) {
        return new Actor(name, Role.fromCode(role), town == null ? null : TownCode.of(town));
    }

    public Optional<Actor> resolve(String token) {
        return Optional.ofNullable(byHash.get(sha256(token)));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
