# The ambassador pattern across two hosts (seed 000): wordpress on vm1 reaches mysql on vm2.
docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run --rm --link ambassador2:mysql busybox nc -zv mysql 3306
