package dev.flowdeck.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * What the service's source monitoring reports for an active flow: transport-stream metadata
 * (programs, PIDs, codecs, resolution, frame rate, audio) and a thumbnail — a generated test card
 * with a burnt-in timecode, as a base64 JPEG.
 */
final class SourceMonitor {
    private final Clock clock;

    SourceMonitor(Clock clock) {
        this.clock = clock;
    }

    ObjectNode metadata(ObjectNode flow) {
        ObjectNode out = Json.object();
        out.put("flowArn", flow.path("flowArn").asText());
        out.put("timestamp", clock.instant().toString());
        ArrayNode messages = out.putArray("messages");
        if (!"ACTIVE".equals(flow.path("status").asText())) {
            messages.addObject().put("code", "FLOW_NOT_ACTIVE").put("message", "Source metadata is available only while the flow is active.")
                    .put("resourceName", flow.path("name").asText());
            return out;
        }
        ObjectNode program = out.putObject("transportMediaInfo").putArray("programs").addObject();
        program.put("pcrPid", 256);
        program.put("programName", flow.path("name").asText());
        program.put("programNumber", 1);
        program.put("programPid", 4096);
        ArrayNode streams = program.putArray("streams");
        ObjectNode video = streams.addObject();
        video.put("codec", "h264");
        video.put("frameRate", "30000/1001");
        video.putObject("frameResolution").put("frameHeight", 1080).put("frameWidth", 1920);
        video.put("pid", 256);
        video.put("streamType", "Video");
        ObjectNode audio = streams.addObject();
        audio.put("channels", 2);
        audio.put("codec", "aac");
        audio.put("pid", 257);
        audio.put("sampleRate", 48000);
        audio.put("sampleSize", 16);
        audio.put("streamType", "Audio");
        return out;
    }

    ObjectNode thumbnail(ObjectNode flow) {
        ObjectNode out = Json.object();
        ObjectNode details = out.putObject("thumbnailDetails");
        details.put("flowArn", flow.path("flowArn").asText());
        ArrayNode messages = details.putArray("thumbnailMessages");
        boolean enabled = "ENABLED".equals(flow.path("sourceMonitoringConfig").path("thumbnailState").asText());
        if (!"ACTIVE".equals(flow.path("status").asText()) || !enabled) {
            messages.addObject().put("code", enabled ? "FLOW_NOT_ACTIVE" : "THUMBNAILS_DISABLED")
                    .put("message", enabled ? "Thumbnails exist only while the flow is active." : "Source monitoring does not enable thumbnails for this flow.")
                    .put("resourceName", flow.path("name").asText());
            return out;
        }
        String timecode = LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0) + ":00";
        details.put("thumbnail", Base64.getEncoder().encodeToString(testCard(flow.path("name").asText(), timecode)));
        details.put("timecode", timecode);
        details.put("timestamp", clock.instant().toString());
        return out;
    }

    /** SMPTE-like colour bars with the flow's name and the timecode. */
    static byte[] testCard(String name, String timecode) {
        BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] bars = {Color.LIGHT_GRAY, Color.YELLOW, Color.CYAN, Color.GREEN, Color.MAGENTA, Color.RED, Color.BLUE};
        for (int i = 0; i < bars.length; i++) {
            g.setColor(bars[i]);
            g.fillRect(i * 320 / bars.length, 0, 320 / bars.length + 1, 130);
        }
        g.setColor(Color.BLACK);
        g.fillRect(0, 130, 320, 50);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 14));
        g.drawString(name, 8, 150);
        g.drawString(timecode, 8, 170);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
