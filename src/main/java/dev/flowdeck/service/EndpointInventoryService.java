package dev.flowdeck.service;

import dev.flowdeck.domain.EndpointEni;
import dev.flowdeck.domain.EndpointInventory;
import dev.flowdeck.domain.VpcEndpointInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsResponse;
import software.amazon.awssdk.services.ec2.model.DnsEntry;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.SecurityGroupIdentifier;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;

/**
 * The MediaConnect interface endpoints of the region and their ENIs, from EC2. Without permission
 * the inventory says which one is missing instead of failing: DNS and reachability still work.
 */
public final class EndpointInventoryService {
    private final Supplier<Ec2Client> ec2Client;
    private final String region;

    /** @param ec2Client supplies the client when first needed (building one takes about half a second) */
    public EndpointInventoryService(Supplier<Ec2Client> ec2Client, String region) {
        this.ec2Client = ec2Client;
        this.region = region;
    }

    public String serviceName() {
        return "com.amazonaws." + region + ".mediaconnect";
    }

    public EndpointInventory inventory() {
        Ec2Client ec2 = ec2Client.get();
        List<VpcEndpoint> endpoints = new ArrayList<>();
        try {
            for (DescribeVpcEndpointsResponse page : ec2.describeVpcEndpointsPaginator(r -> r.filters(
                    Filter.builder().name("service-name").values(serviceName()).build()))) {
                endpoints.addAll(page.vpcEndpoints());
            }
        } catch (SdkException e) {
            return EndpointInventory.unavailable(explain("ec2:DescribeVpcEndpoints", e));
        }
        // Filtered again here: a server that ignores the filter must not put an S3 gateway in the list.
        endpoints.removeIf(e -> !serviceName().equals(e.serviceName()));
        List<String> eniIds = endpoints.stream().flatMap(e -> e.networkInterfaceIds().stream()).distinct().toList();
        Map<String, NetworkInterface> enis = Map.of();
        String problem = null;
        if (!eniIds.isEmpty()) {
            try {
                enis = ec2.describeNetworkInterfaces(r -> r.networkInterfaceIds(eniIds)).networkInterfaces().stream()
                        .collect(Collectors.toMap(NetworkInterface::networkInterfaceId, Function.identity(), (a, b) -> a));
            } catch (SdkException e) {
                problem = explain("ec2:DescribeNetworkInterfaces", e);
            }
        }
        List<VpcEndpointInfo> infos = new ArrayList<>();
        for (VpcEndpoint e : endpoints) {
            List<EndpointEni> endpointEnis = new ArrayList<>();
            for (String id : e.networkInterfaceIds()) {
                NetworkInterface n = enis.get(id);
                if (n != null) {
                    endpointEnis.add(new EndpointEni(id, n.privateIpAddress(), n.availabilityZone(), n.subnetId(),
                            n.groups().stream().map(GroupIdentifier::groupId).toList()));
                }
            }
            infos.add(new VpcEndpointInfo(e.vpcEndpointId(), e.serviceName(), e.vpcEndpointTypeAsString(),
                    e.stateAsString(), Boolean.TRUE.equals(e.privateDnsEnabled()),
                    e.dnsEntries().stream().map(DnsEntry::dnsName).toList(), e.subnetIds(),
                    e.groups().stream().map(SecurityGroupIdentifier::groupId).toList(), e.policyDocument(), endpointEnis));
        }
        return new EndpointInventory(List.copyOf(infos), problem);
    }

    private static String explain(String permission, SdkException e) {
        if (e instanceof AwsServiceException service && (service.statusCode() == 403
                || "UnauthorizedOperation".equals(code(service)) || "AccessDenied".equals(code(service)))) {
            return "No permission for " + permission + ": the endpoint inventory is not shown; DNS and reachability checks still run. "
                    + "Add " + permission + " to the role to see the endpoint's ENIs.";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.flowdeck.aws.SignInExpired expired) {
                return "The endpoint inventory needs a signed-in connection: " + expired.getMessage() + ".";
            }
            if (t instanceof java.net.UnknownHostException) {
                String why = String.valueOf(t.getMessage());
                String fix = why.contains("sts.") ? "set AWS_ENDPOINT_URL_STS (or the profile's services section) to STS's interface endpoint"
                        : "set --ec2-endpoint to EC2's interface endpoint (com.amazonaws.<region>.ec2)";
                return "The endpoint inventory could not be read: " + why + ". To see the endpoint's ENIs, " + fix
                        + "; DNS and reachability checks still run.";
            }
            if (t instanceof org.apache.http.conn.ConnectTimeoutException || t instanceof java.net.ConnectException) {
                return "EC2's endpoint does not answer (" + t.getMessage() + "): set --ec2-endpoint to EC2's interface endpoint "
                        + "to see the endpoint's ENIs; DNS and reachability checks still run.";
            }
        }
        return "Could not read the endpoint inventory (" + permission + "): " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }
}
