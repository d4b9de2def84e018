package dev.flowdeck.mock;

import java.util.ArrayList;
import java.util.List;

/**
 * What the backend's EC2 knows: VPC endpoints and their network interfaces. The Tokyo scenario's
 * endpoint comes from the fixtures with the ENI addresses replaced by the demo's loopback "ENIs".
 */
public record Ec2Data(List<Endpoint> endpoints, List<Eni> enis) {

    /** One VPC endpoint, in the fields DescribeVpcEndpoints answers. */
    public record Endpoint(String id, String type, String vpcId, String serviceName, String state, String policy,
                           List<String> subnets, List<Group> groups, boolean privateDns, List<String> eniIds,
                           List<String> dnsNames, String ownerId) {
    }

    /** One network interface, in the fields DescribeNetworkInterfaces answers. */
    public record Eni(String id, String subnetId, String vpcId, String availabilityZone, String description,
                      String privateIp, List<Group> groups) {
    }

    public record Group(String id, String name) {
    }

    public static final String SCENARIO_ENDPOINT = "vpce-0a1b2c3d4e5f67890";
    static final String ALLOW_ALL = "{\"Statement\":[{\"Action\":\"*\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Resource\":\"*\"}]}";
    private static final String VPC = "vpc-0123456789abcdef0";
    private static final String ACCOUNT = "123456789012";

    public static Ec2Data empty() {
        return new Ec2Data(List.of(), List.of());
    }

    /**
     * The Tokyo scenario. With {@code endpointExists} false ("before"), the VPC has only a gateway
     * endpoint for S3; after, the MediaConnect interface endpoint with one ENI in AZ a and one in c
     * at {@code eniAddressA} / {@code eniAddressC}.
     */
    public static Ec2Data tokyo(boolean endpointExists, String eniAddressA, String eniAddressC) {
        String r = "ap-northeast-1";
        List<Endpoint> endpoints = new ArrayList<>();
        List<Eni> enis = new ArrayList<>();
        endpoints.add(gatewayS3(r, "vpce-0b2c3d4e5f6a78901"));
        if (endpointExists) {
            Group sg = new Group("sg-0123abcd4567ef890", "mediaconnect-vpce");
            String base = SCENARIO_ENDPOINT + "-k1l2m3n4";
            endpoints.add(new Endpoint(SCENARIO_ENDPOINT, "Interface", VPC, "com.amazonaws." + r + ".mediaconnect", "available",
                    ALLOW_ALL, List.of("subnet-0aaaa1111bbbb2222", "subnet-0cccc3333dddd4444"), List.of(sg), true,
                    List.of("eni-0aaaa1111bbbb2222", "eni-0cccc3333dddd4444"),
                    List.of(base + ".mediaconnect." + r + ".vpce.amazonaws.com",
                            base + "-ap-northeast-1c.mediaconnect." + r + ".vpce.amazonaws.com",
                            base + "-ap-northeast-1a.mediaconnect." + r + ".vpce.amazonaws.com",
                            "mediaconnect." + r + ".amazonaws.com"), ACCOUNT));
            enis.add(new Eni("eni-0aaaa1111bbbb2222", "subnet-0aaaa1111bbbb2222", VPC, r + "a",
                    "VPC Endpoint Interface " + SCENARIO_ENDPOINT, eniAddressA, List.of(sg)));
            enis.add(new Eni("eni-0cccc3333dddd4444", "subnet-0cccc3333dddd4444", VPC, r + "c",
                    "VPC Endpoint Interface " + SCENARIO_ENDPOINT, eniAddressC, List.of(sg)));
        }
        return new Ec2Data(List.copyOf(endpoints), List.copyOf(enis));
    }

    /**
     * Field case C2 in us-east-1: a gateway endpoint with no DNS entries, an available interface
     * endpoint whose regional name is not listed first, and a pending one with a wildcard name.
     */
    public static Ec2Data caseC2() {
        String r = "us-east-1";
        String available = "vpce-0123456789abcdef0";
        String base = available + "-abcdefgh";
        Group sg = new Group("sg-0aa11bb22cc33dd44", "mediaconnect-endpoint");
        List<Endpoint> endpoints = List.of(
                gatewayS3(r, "vpce-0fedcba9876543210"),
                new Endpoint(available, "Interface", VPC, "com.amazonaws." + r + ".mediaconnect", "available", ALLOW_ALL,
                        List.of("subnet-0a1a1a1a1a1a1a1a1", "subnet-0b2b2b2b2b2b2b2b2"), List.of(sg), true,
                        List.of("eni-0a0a0a0a0a0a0a0a1", "eni-0b0b0b0b0b0b0b0b2"),
                        List.of(base + ".mediaconnect." + r + ".vpce.amazonaws.com",
                                base + "-us-east-1b.mediaconnect." + r + ".vpce.amazonaws.com",
                                base + "-us-east-1a.mediaconnect." + r + ".vpce.amazonaws.com",
                                "mediaconnect." + r + ".amazonaws.com"), ACCOUNT),
                new Endpoint("vpce-0aaaabbbbccccdddd", "Interface", VPC, "com.amazonaws." + r + ".mediaconnect", "pending", ALLOW_ALL,
                        List.of("subnet-0a1a1a1a1a1a1a1a1"), List.of(sg), true, List.of("eni-0c0c0c0c0c0c0c0c3"),
                        List.of("vpce-0aaaabbbbccccdddd-wxyz1234.mediaconnect." + r + ".vpce.amazonaws.com",
                                "*.mediaconnect." + r + ".amazonaws.com"), ACCOUNT));
        List<Eni> enis = List.of(
                new Eni("eni-0a0a0a0a0a0a0a0a1", "subnet-0a1a1a1a1a1a1a1a1", VPC, r + "a", "VPC Endpoint Interface " + available, "10.1.1.10", List.of(sg)),
                new Eni("eni-0b0b0b0b0b0b0b0b2", "subnet-0b2b2b2b2b2b2b2b2", VPC, r + "b", "VPC Endpoint Interface " + available, "10.1.2.10", List.of(sg)),
                new Eni("eni-0c0c0c0c0c0c0c0c3", "subnet-0a1a1a1a1a1a1a1a1", VPC, r + "a", "VPC Endpoint Interface vpce-0aaaabbbbccccdddd", "10.1.1.11", List.of(sg)));
        return new Ec2Data(endpoints, enis);
    }

    private static Endpoint gatewayS3(String region, String id) {
        return new Endpoint(id, "Gateway", VPC, "com.amazonaws." + region + ".s3", "available", ALLOW_ALL, List.of(), List.of(),
                false, List.of(), List.of(), ACCOUNT);
    }
}
