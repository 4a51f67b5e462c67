package dev.taskorchestrator.mcp.http;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One measurement for benchmarks/http-containers.py: the SDK's Streamable HTTP servlet in Jetty
 * or in Tomcat, the same way each, with an empty MCP server behind it. Prints the milliseconds from
 * the JVM's start to the first answered {@code initialize}, then the resident memory and the heap
 * in use after 500 more requests. A program that prints figures, not a test.
 */
public final class ContainerFootprint {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";

    private ContainerFootprint() {
    }

    public static void main(String[] args) throws Exception {
        String container = args[0];
        var transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper()).mcpEndpoint("/mcp").build();
        McpSyncServer mcp = McpServer.sync(transport).serverInfo("bench", "1")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build()).build();
        int port;
        AutoCloseable stop;
        if (container.equals("jetty")) {
            Server jetty = new Server();
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost("127.0.0.1");
            jetty.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            ServletHolder holder = new ServletHolder(transport);
            holder.setAsyncSupported(true);
            context.addServlet(holder, "/mcp");
            jetty.setHandler(context);
            jetty.start();
            port = connector.getLocalPort();
            stop = jetty::stop;
        } else {
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
            tomcat.setHostname("127.0.0.1");
            tomcat.setPort(0);
            Context context = tomcat.addContext("", null);
            var wrapper = Tomcat.addServlet(context, "mcp", transport);
            wrapper.setAsyncSupported(true);
            context.addServletMappingDecoded("/mcp", "mcp");
            tomcat.getConnector();
            tomcat.start();
            port = tomcat.getConnector().getLocalPort();
            stop = tomcat::stop;
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest initialize = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build();
        if (client.send(initialize, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
            throw new IllegalStateException("initialize was not answered");
        }
        long readyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        for (int i = 0; i < 500; i++) {
            client.send(initialize, HttpResponse.BodyHandlers.discarding());
        }
        System.gc();
        long heapKib = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
        long rssKib = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                .mapToLong(Long::parseLong).findFirst().orElse(-1);
        System.out.println(container + " " + readyMillis + " " + rssKib + " " + heapKib);
        mcp.close();
        stop.close();
        System.exit(0);
    }
}
