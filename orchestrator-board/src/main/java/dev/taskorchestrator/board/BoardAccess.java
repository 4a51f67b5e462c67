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
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What stands before every page of the board.
 *
 * <ul>
 * <li>The Host must be one the server answers to: a page on another site that rebinds its name to
 * 127.0.0.1 gets nothing.
 * <li>Another site's page may link to the board, but not load it into its own requests (fetch,
 * images, event streams): the browser says where a request comes from (Sec-Fetch-Site, Origin),
 * and such a request is refused, so no site can hold the board's streams or make it render.
 * <li>With a token set, a browser proves it once with {@code ?token=…} and gets in exchange a
 * random session cookie (HttpOnly, SameSite=Lax, this server only), never the token itself; or it
 * sends the token as a bearer header, as an agent does.
 * <li>Every answer carries a Content-Security-Policy that allows this site's own script and styles
 * and nothing else.
 * </ul>
 */
final class BoardAccess implements Filter {

    static final String COOKIE = "orchestrator_board";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Sessions a server hands out before it forgets the oldest: far more browsers than a team has. */
    static final int MAX_SESSIONS = 10_000;

    private final Optional<Predicate<String>> secret;
    private final List<String> hosts;
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

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
        if (fromAnotherSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "another site's page may link to the board, not load it");
            return;
        }
        if (secret.isPresent()) {
            String offered = request.getParameter("token");
            if (offered != null && secret.get().test(offered)) {
                Cookie cookie = new Cookie(COOKIE, newSession());
                cookie.setHttpOnly(true);
                cookie.setPath(Paths.BASE);
                cookie.setAttribute("SameSite", "Lax");
                cookie.setSecure(request.isSecure());
                response.addCookie(cookie);
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", withoutToken(request));
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
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && secret.orElseThrow().test(authorization.substring(7))) {
            return true;
        }
        return Optional.ofNullable(request.getCookies()).map(Arrays::stream).orElseGet(java.util.stream.Stream::empty)
                .anyMatch(cookie -> cookie.getName().equals(COOKIE) && sessions.contains(cookie.getValue()));
    }

    private String newSession() {
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.clear();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String session = HexFormat.of().formatHex(bytes);
        sessions.add(session);
        return session;
    }

    /** The same page without the token in its address, so that it stays out of the history and the bookmarks. */
    private static String withoutToken(HttpServletRequest request) {
        String query = Optional.ofNullable(request.getQueryString()).map(text -> Arrays.stream(text.split("&"))
                .filter(pair -> !pair.equals("token") && !pair.startsWith("token="))
                .collect(Collectors.joining("&"))).orElse("");
        return request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * A request another site's page made: a fetch, an image, an event stream. A person following a
     * link from elsewhere (a navigation) is let through; browsers too old to say are judged by
     * their Origin, which must then be this server's.
     */
    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            boolean ours = site.equals("same-origin") || site.equals("none");
            return !ours && !"navigate".equals(request.getHeader("Sec-Fetch-Mode"));
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        String host = request.getHeader("Host");
        return host == null || !(origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
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
