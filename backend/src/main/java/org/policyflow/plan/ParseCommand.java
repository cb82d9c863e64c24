package org.policyflow.plan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.policyflow.department.DepartmentRegistry;

/**
 * {@code java -jar policyflow.jar parse FILE}: prints the plan read from FILE (.txt in UTF-8 or GB18030, .docx, .pdf,
 * .html; told by its bytes) as JSON, without starting the server.
 * Exit code 0 on success, 1 for unreadable input (message on stderr), 2 for wrong usage.
 */
public final class ParseCommand {

    public static final String NAME = "parse";

    private ParseCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("用法: java -jar policyflow.jar parse FILE");
            return 2;
        }
        Path file = Path.of(args[1]);
        try {
            if (!Files.isRegularFile(file)) {
                throw new PlanTextException("找不到文件 " + file);
            }
            if (Files.size(file) > PlanDocument.MAX_BYTES) {
                throw new PlanTextException("文件过大（" + Files.size(file) / 1024 + " KB），方案文件最多 "
                        + PlanDocument.MAX_BYTES / 1024 / 1024 + " MB");
            }
            Plan plan = new PlanReader(DepartmentRegistry.load()).read(PlanDocument.text(Files.readAllBytes(file)));
            out.println(json().writeValueAsString(plan));
            return 0;
        } catch (PlanTextException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(file + ": 无法读取文件（" + e.getMessage() + "）");
            return 1;
        }
    }

    /** The JSON form of a plan as documented in docs/plan-format.md: ISO dates, plain numbers, nulls kept. */
    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
