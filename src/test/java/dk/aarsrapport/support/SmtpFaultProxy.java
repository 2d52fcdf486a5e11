package dk.aarsrapport.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP relay on loopback in front of the test's mail server that misbehaves on purpose, command by
 * command, the way real servers do: it can answer {@code MAIL FROM} of the first sessions with
 * {@code 451} (try later), refuse chosen recipients with {@code 550} (no such user), and, for one
 * session, pass the end of a message on to the server but never give the client the server's answer
 * (the mail is taken; the sender cannot know). Everything else goes through unchanged.
 */
public final class SmtpFaultProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final AtomicInteger sessions = new AtomicInteger();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final CountDownLatch holding = new CountDownLatch(1);
    private volatile int failMailFrom;
    private volatile int holdAnswerOfSession = -1;

    public SmtpFaultProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-fault-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The first {@code n} sessions get {@code 451} to MAIL FROM. */
    public SmtpFaultProxy failFirstSessions(int n) {
        failMailFrom = n;
        return this;
    }

    /** RCPT TO {@code address} gets {@code 550}. */
    public SmtpFaultProxy reject(String address) {
        rejected.add(address.toLowerCase(Locale.ROOT));
        return this;
    }

    /** From now on every recipient is let through. */
    public SmtpFaultProxy acceptAll() {
        rejected.clear();
        return this;
    }

    /** Session {@code n} (from 1): the message reaches the server, its answer never reaches the client; -1: none. */
    public SmtpFaultProxy holdAnswerOfSession(int n) {
        holdAnswerOfSession = n;
        return this;
    }

    /** Waits until a session is being held; false if none is within the time. */
    public boolean awaitHolding(long seconds) throws InterruptedException {
        return holding.await(seconds, TimeUnit.SECONDS);
    }

    public int sessions() {
        return sessions.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> relay(client), "smtp-fault-proxy-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        int session = sessions.incrementAndGet();
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target)) {
            // ISO-8859-1 passes every byte through unchanged
            BufferedReader fromClient = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            BufferedReader fromServer = new BufferedReader(new InputStreamReader(upstream.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            Writer toClient = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
            Writer toServer = new OutputStreamWriter(upstream.getOutputStream(), StandardCharsets.ISO_8859_1);
            send(toClient, reply(fromServer));
            boolean data = false;
            String line;
            while ((line = fromClient.readLine()) != null) {
                if (data) {
                    toServer.write(line + "\r\n");
                    if (line.equals(".")) {
                        toServer.flush();
                        data = false;
                        String answer = reply(fromServer);
                        if (session == holdAnswerOfSession) {
                            holding.countDown();
                            client.getInputStream().read(); // until the client goes away
                            return;
                        }
                        send(toClient, answer);
                    }
                    continue;
                }
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("MAIL FROM") && session <= failMailFrom) {
                    send(toClient, "451 4.3.0 Temporary failure, try again later\r\n");
                    continue;
                }
                String lower = line.toLowerCase(Locale.ROOT);
                if (command.startsWith("RCPT TO") && rejected.stream().anyMatch(a -> lower.contains("<" + a + ">"))) {
                    send(toClient, "550 5.1.1 " + line.substring(line.indexOf('<')) + ": Recipient address rejected: "
                            + "User unknown\r\n");
                    continue;
                }
                toServer.write(line + "\r\n");
                toServer.flush();
                String answer = reply(fromServer);
                send(toClient, answer);
                if (command.equals("DATA") && answer.startsWith("354")) {
                    data = true;
                }
                if (command.equals("QUIT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // a side closed the connection: the session is over
        }
    }

    /** One SMTP reply, all its lines ("250-…" continues, "250 …" ends). */
    private static String reply(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            sb.append(line).append("\r\n");
            if (line.length() < 4 || line.charAt(3) != '-') {
                break;
            }
        }
        return sb.toString();
    }

    private static void send(Writer out, String text) throws IOException {
        out.write(text);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
