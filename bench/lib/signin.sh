# Signing a benchmark in to OneGrid, which answers nobody who has not signed in. Sourced by
# bench/run and bench/page/run; OneGrid runs with the demo profile, which prints one account per
# role with a fresh password at every start.

# demo_password LOG ROLE: the password the demo profile printed for ROLE in the server's LOG.
demo_password() {
  awk -v role="$2" '$1 == role && NF >= 3 { p = $3 } END { print p }' "$1"
}

# onegrid_session BASE USER PASSWORD: signs in through the sign-in form and prints the session
# cookie ("ONEGRID_SESSION=…"), for `curl -H "Cookie: …"` and `wrk -H "Cookie: …"`. The cookie is
# Secure, so it is carried by hand: curl would not send it back over plain http.
onegrid_session() {
  local base=$1 user=$2 password=$3 page first csrf answer
  page=$(curl -s -D - "$base/login")
  # The sign-in page's CSRF token comes in a cookie of its own (older builds: in a session).
  first=$(grep -io '^set-cookie: ONEGRID_\(CSRF\|SESSION\)=[^;]*' <<<"$page" | tail -1 | cut -d' ' -f2)
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  answer=$(curl -s -D - -o /dev/null -H "Cookie: $first" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")
  grep -io '^set-cookie: ONEGRID_SESSION=[^;]*' <<<"$answer" | tail -1 | cut -d' ' -f2
}
