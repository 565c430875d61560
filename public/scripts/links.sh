# Legacy links on the default bridge (seed 001): /etc/hosts lines and link env vars.
docker run -d --name db training/postgres
docker run -d -P --name web --link db:db training/webapp python app.py
docker ps --no-trunc --format '{{.Names}}'
docker inspect -f '{{.HostConfig.Links}}' web
docker exec web cat /etc/hosts
docker exec web env | grep ^DB_
# The default bridge has no embedded DNS: only linked names resolve.
docker run --rm busybox ping -c 1 db
