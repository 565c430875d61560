# A user-defined bridge: embedded DNS (127.0.0.11), aliases, static IPs (seeds 003, 004).
docker network create --subnet 172.22.16.0/24 my_net2
docker run -d --name bbox1 --network my_net2 --network-alias db busybox sleep 3600
docker run -d --name bbox2 --network my_net2 --ip 172.22.16.20 busybox sleep 3600
docker exec bbox2 ping -c 2 bbox1
docker exec bbox2 nslookup db
docker exec bbox2 cat /etc/resolv.conf
