// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.jspecify.annotations.Nullable;

/**
 * A real headless Chromium (Debian's, installed by {@code .ci/run}) driven over the DevTools
 * protocol (a WebSocket, through Java-WebSocket): open a file, evaluate script in it, take a
 * screenshot, print it to PDF. A missing browser is a failure naming what to install, never a
 * skipped test.
 */
final class Chromium implements AutoCloseable {
  /** Where the browser is; {@code -Dparticipation.chromium=…} for another. */
  static final Path EXECUTABLE = Path.of(System.getProperty("participation.chromium", "/usr/bin/chromium"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocketClient socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile, WebSocketClient socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts the browser, headless, with a fresh profile and no background networking. */
  static Chromium start() throws IOException, InterruptedException {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new AssertionError("No Chromium at " + EXECUTABLE + ": the report's browser test needs Debian's package"
          + " 'chromium' (.ci/run installs it: apt-get install chromium), or -Dparticipation.chromium=<path>");
    }
    Path profile = Files.createTempDirectory("participation-chromium");
    Process process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = err.readLine()) != null) {
          Matcher matcher = LISTENING.matcher(line);
          if (matcher.find()) {
            address.complete(matcher.group(1));
          }
        }
        address.completeExceptionally(new IOException("Chromium ended without a DevTools address"));
      } catch (IOException e) {
        address.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String ws;
    try {
      ws = address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new AssertionError("Chromium at " + EXECUTABLE + " did not start: " + e, e);
    }
    Chromium[] self = new Chromium[1];
    CompletableFuture<Void> open = new CompletableFuture<>();
    WebSocketClient socket = new WebSocketClient(URI.create(ws)) {
      @Override
      public void onOpen(ServerHandshake handshake) {
        open.complete(null);
      }

      @Override
      public void onMessage(String message) {
        self[0].receive(message);
      }

      @Override
      public void onClose(int code, String reason, boolean remote) {
        open.completeExceptionally(new IOException("DevTools connection closed: " + reason));
      }

      @Override
      public void onError(Exception e) {
        open.completeExceptionally(e);
      }
    };
    // Messages such as screenshots are large; the browser's address is on loopback.
    socket.setConnectionLostTimeout(0);
    self[0] = new Chromium(process, profile, socket);
    socket.connect();
    try {
      open.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new AssertionError("cannot connect to Chromium's DevTools at " + ws + ": " + e, e);
    }
    return self[0];
  }

  private void receive(String message) {
    try {
      JsonNode node = JSON.readTree(message);
      if (node.has("id")) {
        CompletableFuture<JsonNode> future = pending.remove(node.get("id").asInt());
        if (future != null) {
          if (node.has("error")) {
            future.completeExceptionally(new IOException("DevTools error: " + node.get("error")));
          } else {
            future.complete(node.get("result"));
          }
        }
      }
    } catch (IOException e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  private JsonNode send(String session, String method, ObjectNode params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> future = new CompletableFuture<>();
    pending.put(id, future);
    socket.send(JSON.writeValueAsString(message));
    try {
      return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(method + " interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException(method + " failed: " + e.getMessage(), e);
    }
  }

  private static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Opens a file in a new tab at a width, and waits until it has loaded. */
  Page open(Path file, int width) throws IOException, InterruptedException {
    String target = send(null, "Target.createTarget", params().put("url", "about:blank")).get("targetId").asText();
    String session = send(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
        .get("sessionId").asText();
    Page page = new Page(session, target);
    send(session, "Emulation.setDeviceMetricsOverride",
        params().put("width", width).put("height", 1200).put("deviceScaleFactor", 1).put("mobile", false));
    send(session, "Page.navigate", params().put("url", file.toUri().toString()));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!"complete".equals(page.evaluate("document.location.href !== 'about:blank' ? document.readyState : ''"))) {
      if (System.nanoTime() > deadline) {
        throw new IOException("the page " + file + " did not load");
      }
      Thread.sleep(50);
    }
    return page;
  }

  /** A tab. */
  final class Page {
    private final String session;
    private final String target;

    private Page(String session, String target) {
      this.session = session;
      this.target = target;
    }

    /** Evaluates an expression (awaiting a promise) and gives its value as text. */
    String evaluate(String expression) throws IOException {
      JsonNode result = send(session, "Runtime.evaluate", params().put("expression", expression)
          .put("awaitPromise", true).put("returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IOException("script failed: " + result.get("exceptionDetails"));
      }
      JsonNode value = result.path("result").path("value");
      return value.isTextual() ? value.asText() : value.toString();
    }

    /** A screenshot of the whole page, as wide as it was opened. */
    void screenshot(Path png) throws IOException {
      JsonNode size = send(session, "Page.getLayoutMetrics", params()).get("cssContentSize");
      int width = size.get("width").asInt();
      int height = Math.min(20_000, size.get("height").asInt());
      send(session, "Emulation.setDeviceMetricsOverride",
          params().put("width", width).put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
      String data = send(session, "Page.captureScreenshot", params().put("format", "png")).get("data").asText();
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, Base64.getDecoder().decode(data));
    }

    /**
     * The whole page as screenshots of at most {@code height} pixels each, {@code <base>-1.png},
     * {@code <base>-2.png}, …, each readable at its own size; gives how many were written.
     */
    int slices(Path directory, String base, int height) throws IOException {
      JsonNode size = send(session, "Page.getLayoutMetrics", params()).get("cssContentSize");
      int width = size.get("width").asInt();
      int total = Math.min(20_000, size.get("height").asInt());
      send(session, "Emulation.setDeviceMetricsOverride",
          params().put("width", width).put("height", total).put("deviceScaleFactor", 1).put("mobile", false));
      Files.createDirectories(directory);
      int count = 0;
      for (int y = 0; y < total; y += height) {
        ObjectNode clip = params().put("x", 0).put("y", y).put("width", width).put("height", Math.min(height, total - y))
            .put("scale", 1);
        ObjectNode request = params().put("format", "png");
        request.set("clip", clip);
        String data = send(session, "Page.captureScreenshot", request).get("data").asText();
        Files.write(directory.resolve(base + "-" + (++count) + ".png"), Base64.getDecoder().decode(data));
      }
      return count;
    }

    /** Prints the page as a committee secretary would, to PDF, with the page size the CSS asks for. */
    void pdf(Path file) throws IOException {
      String data = send(session, "Page.printToPDF", params().put("preferCSSPageSize", true).put("printBackground", true))
          .get("data").asText();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode(data));
    }

    /** Closes the tab. */
    void close() throws IOException {
      send(null, "Target.closeTarget", params().put("targetId", target));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      socket.closeBlocking();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Chromium's helpers (renderers, the crash handler) can outlive the browser process by a
    // moment and still write into the profile, so wait for them too before deleting it.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      for (ProcessHandle helper : helpers) {
        helper.destroy();
        try {
          helper.onExit().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          helper.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    deleteProfile();
  }

  /** Deletes the temporary profile; files that vanish while it is walked are not an error. */
  private void deleteProfile() throws IOException {
    for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
      Files.walkFileTree(profile, new SimpleFileVisitor<Path>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes a)
            throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e)
            throws IOException {
          if (e != null && !(e instanceof NoSuchFileException)) {
            throw e;
          }
          try {
            Files.deleteIfExists(dir);
          } catch (DirectoryNotEmptyException late) {
            // a helper wrote a file after the walk passed; the next attempt takes it
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }
  }
}
