package dev.flowdeck.domain;

/** The parts of an ARN FlowDeck shows: partition, service, region, account, resource. */
public record Arn(String partition, String service, String region, String account, String resource) {

    public static Arn parse(String arn) {
        if (arn == null) {
            return new Arn("", "", "", "", "");
        }
        String[] p = arn.split(":", 6);
        if (p.length < 6 || !p[0].equals("arn")) {
            return new Arn("", "", "", "", arn);
        }
        return new Arn(p[1], p[2], p[3], p[4], p[5]);
    }
}
