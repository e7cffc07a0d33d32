package org.tpiclinic;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server for tests that send email: GreenMail on a free local port, started once per test class, and
 * the settings that point the application's mail sender at it. A test class holds
 * <pre>
 * static final int SMTP_PORT = TestSmtp.freePort();
 * &#64;RegisterExtension static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);
 * &#64;DynamicPropertySource static void smtp(DynamicPropertyRegistry r) { TestSmtp.pointMailAt(r, SMTP_PORT); }
 * </pre>
 */
public final class TestSmtp {

    private TestSmtp() {
    }

    /**
     * A port that is free now, below the range the system hands out to outgoing connections (32768 and up on
     * Linux). The port is only bound later, when the server starts: a port from the ephemeral range could be taken
     * in between by any database or SMTP connection the tests open, and once was (a CI run's web server found its
     * port in use).
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20000 + ThreadLocalRandom.current().nextInt(12000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between 20000 and 32000");
    }

    public static GreenMailExtension server(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    public static void pointMailAt(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }

    /** The text/plain part of a received message ("" when it has none). */
    public static String plainText(Part message) throws Exception {
        String text = textPart(message);
        return text == null ? "" : text;
    }

    private static String textPart(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textPart(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
