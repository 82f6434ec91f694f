package bg.kazanlak.inclusion.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A short-lived memory of Basic credentials the engine has just verified, and of the user's groups
 * and tenants, so that a client sending the same credentials with every request (every API client
 * does) is not checked against the engine at every request: without it each {@code /api} request
 * ran three engine commands (the password check, the group query, the tenant query) before doing
 * any work (see docs/benchmark.md).
 *
 * <p>Security: the key is a SHA-256 digest of user id and password, the plaintext password is never
 * kept; an entry lives {@link #DEFAULT_TTL} at most; a failed check of a user (which may lock the
 * user) and every identity change made through this node's engine (password, lock/unlock, user or
 * group deleted, memberships; see {@link IdentityChangeInterceptor}) forget the entries at once.
 * Another node's changes are seen within the time to live. A failed check is never remembered.
 */
public class VerifiedCredentials {

  /** Short on purpose: the longest an identity change made on another node goes unseen here. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(10);

  /** Bounds the memory: only successful logins enter, so real deployments stay far below it. */
  static final int MAX_ENTRIES = 1_000;

  /** Who the credentials belong to, what the engine's authentication needs. */
  public record Verified(String userId, List<String> groups, List<String> tenants) {}

  private record Entry(Verified verified, long expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final LongSupplier nanoTime;

  public VerifiedCredentials() {
    this(DEFAULT_TTL, System::nanoTime);
  }

  VerifiedCredentials(Duration ttl, LongSupplier nanoTime) {
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The user these credentials were verified for, if that happened within the time to live. */
  public Verified find(String userId, String password) {
    String key = key(userId, password);
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (nanoTime.getAsLong() - entry.expiresAt() >= 0) {
      entries.remove(key, entry);
      return null;
    }
    return entry.verified();
  }

  public void remember(String password, Verified verified) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        key(verified.userId(), password), new Entry(verified, nanoTime.getAsLong() + ttlNanos));
  }

  /** Forgets every entry of this user (a failed check, which may have locked the user). */
  public void forgetUser(String userId) {
    entries.values().removeIf(e -> e.verified().userId().equals(userId));
  }

  /** Forgets everything: an identity change of any kind. */
  public void forgetAll() {
    entries.clear();
  }

  private static String key(String userId, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(userId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
