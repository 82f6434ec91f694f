package bg.kazanlak.inclusion.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the requests that reach the engine directly — {@code /engine-rest} and the webapps' engine
 * API that Tasklist and Cockpit use — so that {@link EngineDoorGuard} treats the engine commands
 * they cause as untrusted input. The project API ({@code /api}) and the engine's own work (jobs,
 * delegates) are not marked: they are the application. Registered on the doors' paths by {@link
 * EngineDoorConfiguration}.
 */
public class EngineDoor extends OncePerRequestFilter {

  private static final ThreadLocal<Boolean> THROUGH_THE_DOOR = new ThreadLocal<>();

  /** True while the current thread serves a request that came through an engine door. */
  public static boolean isOpen() {
    return Boolean.TRUE.equals(THROUGH_THE_DOOR.get());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    THROUGH_THE_DOOR.set(Boolean.TRUE);
    try {
      chain.doFilter(request, response);
    } finally {
      THROUGH_THE_DOOR.remove();
    }
  }

  /** For tests that act as a door request without HTTP. */
  public static <T> T enter(Supplier<T> work) {
    THROUGH_THE_DOOR.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      THROUGH_THE_DOOR.remove();
    }
  }
}
