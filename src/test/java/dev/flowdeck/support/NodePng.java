package dev.flowdeck.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes what a node really renders (a JavaFX snapshot) as a PNG, for screenshots of dialogs. */
public final class NodePng {
    private NodePng() {
    }

    /** Renders {@code node} into target/screenshots/{@code name} from any thread (waits for the JavaFX thread). */
    public static void shot(Node node, String name) throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            write(node, Path.of("target/screenshots").resolve(name));
            return null;
        }).get();
    }

    /** Call on the FX thread. */
    public static void write(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
