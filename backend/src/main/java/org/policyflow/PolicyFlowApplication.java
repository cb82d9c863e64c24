package org.policyflow;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.TimeZone;

import org.policyflow.engine.EngineClock;
import org.policyflow.plan.ParseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyFlowApplication {

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(EngineClock.ZONE));
        // reading a plan from the command line needs neither Spring nor the server
        if (args.length > 0 && ParseCommand.NAME.equals(args[0])) {
            System.exit(ParseCommand.run(args, new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8),
                    new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8)));
        }
        SpringApplication.run(PolicyFlowApplication.class, args);
    }
}
