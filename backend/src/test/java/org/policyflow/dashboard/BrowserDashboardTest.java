package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium (frontend/e2e/dashboard.mjs): the coordinator opens 总览 and sees the light and figure of the
 * report driven through /engine-rest, downloads the ledger, which opens as a spreadsheet with that row, and opens
 * the item page with its diagram; both pages at 1366×768 and at phone width.
 */
class BrowserDashboardTest extends DashboardIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void coordinatorSeesTheReportOnTheDashboardDownloadsTheLedgerAndOpensTheItem() throws Exception {
        reportedSeed();
        Path ledger = BrowserScript.SCREENSHOTS.resolve("dashboard-ledger.xlsx");
        Files.deleteIfExists(ledger);

        BrowserScript.run(port, "dashboard", "(一)", String.valueOf(REPORTED_VALUE));

        assertThat(BrowserScript.SCREENSHOTS.resolve("dashboard-02-item.png")).isNotEmptyFile();
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
}
