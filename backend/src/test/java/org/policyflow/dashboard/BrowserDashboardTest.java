package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium (frontend/e2e/dashboard.mjs): the coordinator opens 总览 and sees the light and figure of the
 * report driven through /engine-rest, downloads the ledger, which opens as a spreadsheet with that row, and opens
 * the item page with its diagram. Screenshots land in target/screenshots/.
 */
class BrowserDashboardTest extends DashboardIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @Test
    void coordinatorSeesTheReportOnTheDashboardDownloadsTheLedgerAndOpensTheItem() throws Exception {
        assertThat(CHROMIUM).as("Chromium for the browser test: apt-get install -y chromium fonts-noto-cjk")
                .isExecutable();
        reportedSeed();
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        Path log = screenshots.resolve("dashboard.log");
        Path ledger = screenshots.resolve("dashboard-ledger.xlsx");
        Files.deleteIfExists(ledger);

        Process script = new ProcessBuilder(node(), "e2e/dashboard.mjs", "http://localhost:" + port,
                screenshots.toString(), "(一)", String.valueOf(REPORTED_VALUE))
                .directory(FRONTEND.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = script.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            script.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("browser script finished in time:%n%s", output).isTrue();
        assertThat(script.exitValue()).as("browser script:%n%s", output).isZero();
        assertThat(screenshots.resolve("dashboard-02-item.png")).isNotEmptyFile();
        assertThat(ledgerHasTheReport(ledger)).as("the downloaded ledger has the reported row").isTrue();
    }

    private static boolean ledgerHasTheReport(Path ledger) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(ledger); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(9) != null && NARRATIVE.equals(row.getCell(9).getStringCellValue())) {
                    return formatter.formatCellValue(row.getCell(5)).equals(String.valueOf(REPORTED_VALUE))
                            && "绿灯".equals(row.getCell(7).getStringCellValue());
                }
            }
        }
        return false;
    }

    /** The node the frontend build installed, else the machine's. */
    private static String node() {
        Path built = FRONTEND.resolve("target/node/node");
        return Files.isExecutable(built) ? built.toString() : "node";
    }
}
