package kz.election;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ElectionApplication {

    public static void main(String[] args) {
        SpringApplication.run(ElectionApplication.class, args);
    }
}
