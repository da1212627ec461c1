#[path = "../tests/util/posts.rs"]
mod posts;
fn main() {
    println!("{}", serde_json::to_string(&posts::details()).unwrap());
}
