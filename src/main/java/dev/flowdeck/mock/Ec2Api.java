package dev.flowdeck.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** EC2's query protocol (form-encoded request, XML answer) for the two operations FlowDeck uses. */
final class Ec2Api {
    static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private volatile Ec2Data data;

    Ec2Api(Ec2Data data) {
        this.data = data;
    }

    void replace(Ec2Data newData) {
        data = newData;
    }

    static String operationFor(Map<String, String> form) {
        String action = form.get("Action");
        return action == null ? null : action;
    }

    String handle(String operation, Map<String, String> form) {
        return switch (operation) {
            case "DescribeVpcEndpoints" -> describeVpcEndpoints(form);
            case "DescribeNetworkInterfaces" -> describeNetworkInterfaces(form);
            default -> throw new MockError(400, "InvalidAction", "The action " + operation + " is not valid for this web service.");
        };
    }

    private String describeVpcEndpoints(Map<String, String> form) {
        List<String> ids = numbered(form, "VpcEndpointId");
        Predicate<Ec2Data.Endpoint> keep = e -> ids.isEmpty() || ids.contains(e.id());
        for (Map.Entry<String, List<String>> filter : filters(form).entrySet()) {
            List<String> values = filter.getValue();
            keep = keep.and(switch (filter.getKey()) {
                case "service-name" -> e -> values.contains(e.serviceName());
                case "vpc-endpoint-type" -> e -> values.contains(e.type());
                case "vpc-endpoint-id" -> e -> values.contains(e.id());
                case "vpc-endpoint-state" -> e -> values.contains(e.state());
                case "vpc-id" -> e -> values.contains(e.vpcId());
                default -> e -> true;
            });
        }
        Xml x = new Xml().open("DescribeVpcEndpointsResponse xmlns=\"" + NAMESPACE + "\"").leaf("requestId", UUID.randomUUID().toString())
                .open("vpcEndpointSet");
        for (Ec2Data.Endpoint e : data.endpoints().stream().filter(keep).toList()) {
            x.open("item").leaf("vpcEndpointId", e.id()).leaf("vpcEndpointType", e.type()).leaf("vpcId", e.vpcId())
                    .leaf("serviceName", e.serviceName()).leaf("state", e.state()).leaf("policyDocument", e.policy())
                    .empty("routeTableIdSet").open("subnetIdSet");
            e.subnets().forEach(s -> x.leaf("item", s));
            x.close("subnetIdSet").open("groupSet");
            e.groups().forEach(g -> x.open("item").leaf("groupId", g.id()).leaf("groupName", g.name()).close("item"));
            x.close("groupSet").leaf("ipAddressType", "ipv4").open("dnsOptions").leaf("dnsRecordIpType", "ipv4").close("dnsOptions")
                    .leaf("privateDnsEnabled", String.valueOf(e.privateDns())).leaf("requesterManaged", "false")
                    .open("networkInterfaceIdSet");
            e.eniIds().forEach(id -> x.leaf("item", id));
            x.close("networkInterfaceIdSet").open("dnsEntrySet");
            for (String name : e.dnsNames()) {
                String zone = name.endsWith(".vpce.amazonaws.com") ? "Z2E726K9Y6RL4W" : "Z0123456789PRIVATEZONE";
                x.open("item").leaf("dnsName", name).leaf("hostedZoneId", zone).close("item");
            }
            x.close("dnsEntrySet").leaf("creationTimestamp", "2022-02-13T14:30:00.000Z").empty("tagSet")
                    .leaf("ownerId", e.ownerId()).close("item");
        }
        return x.close("vpcEndpointSet").close("DescribeVpcEndpointsResponse").toString();
    }

    private String describeNetworkInterfaces(Map<String, String> form) {
        List<String> ids = numbered(form, "NetworkInterfaceId");
        Predicate<Ec2Data.Eni> keep = n -> ids.isEmpty() || ids.contains(n.id());
        for (Map.Entry<String, List<String>> filter : filters(form).entrySet()) {
            List<String> values = filter.getValue();
            keep = keep.and(switch (filter.getKey()) {
                case "network-interface-id" -> n -> values.contains(n.id());
                case "vpc-id" -> n -> values.contains(n.vpcId());
                case "addresses.private-ip-address", "private-ip-address" -> n -> values.contains(n.privateIp());
                default -> n -> true;
            });
        }
        Xml x = new Xml().open("DescribeNetworkInterfacesResponse xmlns=\"" + NAMESPACE + "\"")
                .leaf("requestId", UUID.randomUUID().toString()).open("networkInterfaceSet");
        for (Ec2Data.Eni n : data.enis().stream().filter(keep).toList()) {
            x.open("item").leaf("networkInterfaceId", n.id()).leaf("subnetId", n.subnetId()).leaf("vpcId", n.vpcId())
                    .leaf("availabilityZone", n.availabilityZone()).leaf("description", n.description())
                    .leaf("ownerId", "123456789012").leaf("requesterId", "727180483921").leaf("requesterManaged", "true")
                    .leaf("status", "in-use").leaf("privateIpAddress", n.privateIp()).leaf("sourceDestCheck", "true")
                    .open("groupSet");
            n.groups().forEach(g -> x.open("item").leaf("groupId", g.id()).leaf("groupName", g.name()).close("item"));
            x.close("groupSet").leaf("interfaceType", "vpc_endpoint").open("privateIpAddressesSet").open("item")
                    .leaf("privateIpAddress", n.privateIp()).leaf("primary", "true").close("item").close("privateIpAddressesSet")
                    .empty("tagSet").close("item");
        }
        return x.close("networkInterfaceSet").close("DescribeNetworkInterfacesResponse").toString();
    }

    /** EC2's error body: Response/Errors/Error with Code and Message, and the request id. */
    static String errorBody(String code, String message) {
        return new Xml().open("Response").open("Errors").open("Error").leaf("Code", code).leaf("Message", message)
                .close("Error").close("Errors").leaf("RequestID", UUID.randomUUID().toString()).close("Response").toString();
    }

    private static List<String> numbered(Map<String, String> form, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; form.containsKey(prefix + "." + i); i++) {
            values.add(form.get(prefix + "." + i));
        }
        return values;
    }

    private static Map<String, List<String>> filters(Map<String, String> form) {
        Map<String, List<String>> filters = new java.util.LinkedHashMap<>();
        for (int i = 1; form.containsKey("Filter." + i + ".Name"); i++) {
            filters.put(form.get("Filter." + i + ".Name"), numbered(form, "Filter." + i + ".Value"));
        }
        return filters;
    }

    /** A tiny XML writer: elements and escaped text, nothing more. */
    private static final class Xml {
        private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

        Xml open(String tag) {
            sb.append('<').append(tag).append('>');
            return this;
        }

        Xml close(String tag) {
            sb.append("</").append(tag).append('>');
            return this;
        }

        Xml empty(String tag) {
            sb.append('<').append(tag).append("/>");
            return this;
        }

        Xml leaf(String tag, String text) {
            return open(tag).text(text).close(tag);
        }

        private Xml text(String text) {
            for (char c : String.valueOf(text).toCharArray()) {
                switch (c) {
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '&' -> sb.append("&amp;");
                    case '"' -> sb.append("&quot;");
                    default -> sb.append(c);
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
