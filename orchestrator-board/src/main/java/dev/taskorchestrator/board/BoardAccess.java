package dev.taskorchestrator.board;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What stands before every page of the board. The Host must be one the server answers to (a page
 * on another site that rebinds its name to 127.0.0.1 gets nothing). With a token set, a browser
 * proves it once with {@code ?token=…}, which becomes a cookie only this site's pages send
 * (HttpOnly, SameSite=Strict), or sends it as a bearer header as an agent does. Every answer
 * carries a Content-Security-Policy that allows this site's own script and styles and nothing else.
 */
final class BoardAccess implements Filter {

    static final String COOKIE = "orchestrator_board";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Optional<Predicate<String>> secret;
    private final List<String> hosts;

    /**
     * @param secret whether a presented secret is the server's token; empty when the server has none
     * @param hosts the Host values accepted: {@code name:port}, or {@code name:*} for any port
     */
    BoardAccess(Optional<Predicate<String>> secret, List<String> hosts) {
        this.secret = secret;
        this.hosts = List.copyOf(hosts);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (!hostAccepted(request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "this server does not answer to that Host");
            return;
        }
        if (secret.isPresent()) {
            String offered = request.getParameter("token");
            if (offered != null && secret.get().test(offered)) {
                Cookie cookie = new Cookie(COOKIE, offered.strip());
                cookie.setHttpOnly(true);
                cookie.setPath(Paths.BASE);
                cookie.setAttribute("SameSite", "Strict");
                cookie.setSecure(request.isSecure());
                response.addCookie(cookie);
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getRequestURI());
                return;
            }
            if (!presented(request)) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Bearer realm=\"task-orchestrator\"");
                response.setContentType("text/plain;charset=utf-8");
                response.getWriter().write("This board needs the server's token. Open " + Paths.plans()
                        + "?token=YOUR_TOKEN once; the browser then keeps it in a cookie for this site.\n");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean presented(HttpServletRequest request) {
        Predicate<String> admits = secret.orElseThrow();
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && admits.test(authorization.substring(7))) {
            return true;
        }
        return Optional.ofNullable(request.getCookies()).map(Arrays::stream).orElseGet(java.util.stream.Stream::empty)
                .anyMatch(cookie -> cookie.getName().equals(COOKIE) && admits.test(cookie.getValue()));
    }

    /** Whether a Host header names this server: exactly, or by name for a {@code name:*} entry. */
    boolean hostAccepted(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String asked = host.strip().toLowerCase(Locale.ROOT);
        for (String allowed : hosts) {
            String entry = allowed.toLowerCase(Locale.ROOT);
            if (entry.endsWith(":*")) {
                String name = entry.substring(0, entry.length() - 2);
                if (asked.equals(name) || (asked.startsWith(name + ":") && asked.substring(name.length() + 1)
                        .chars().allMatch(Character::isDigit))) {
                    return true;
                }
            } else if (asked.equals(entry)) {
                return true;
            }
        }
        return false;
    }
}
